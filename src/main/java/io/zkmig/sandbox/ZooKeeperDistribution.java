package io.zkmig.sandbox;

import io.zkmig.support.ToolsDir;
import io.zkmig.spec.ZooKeeperVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The jars of one ZooKeeper server release, resolved from Maven Central with Maven itself (a generated
 * one-dependency pom under the tools folder) and cached as a class path file; later calls are instant.
 */
public final class ZooKeeperDistribution {
    private static final ConcurrentHashMap<String, ZooKeeperDistribution> CACHE = new ConcurrentHashMap<>();

    private final ZooKeeperVersion version;
    private final List<Path> classPath;

    private ZooKeeperDistribution(ZooKeeperVersion version, List<Path> classPath) {
        this.version = version;
        this.classPath = List.copyOf(classPath);
    }

    public static ZooKeeperDistribution of(String version) {
        return CACHE.computeIfAbsent(version, v -> resolve(ZooKeeperVersion.parse(v)));
    }

    public ZooKeeperVersion version() {
        return version;
    }

    public List<Path> classPath() {
        return classPath;
    }

    private static ZooKeeperDistribution resolve(ZooKeeperVersion version) {
        Path dir = ToolsDir.get().resolve("zookeeper").resolve(version.toString());
        Path classPathFile = dir.resolve("classpath.txt");
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                if (!isComplete(classPathFile)) {
                    Files.writeString(dir.resolve("pom.xml"), pom(version));
                    runMaven(dir, classPathFile);
                }
            }
            List<Path> jars = Arrays.stream(Files.readString(classPathFile).trim().split(java.io.File.pathSeparator))
                    .map(Path::of).toList();
            return new ZooKeeperDistribution(version, jars);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve ZooKeeper " + version, e);
        }
    }

    private static boolean isComplete(Path classPathFile) throws IOException {
        if (!Files.exists(classPathFile)) {
            return false;
        }
        String text = Files.readString(classPathFile).trim();
        return !text.isEmpty() && Arrays.stream(text.split(java.io.File.pathSeparator)).allMatch(p -> Files.exists(Path.of(p)));
    }

    private static void runMaven(Path dir, Path classPathFile) throws IOException {
        Path log = dir.resolve("resolve.log");
        ProcessBuilder pb = new ProcessBuilder("mvn", "-B", "-q", "-f", dir.resolve("pom.xml").toString(),
                "dependency:build-classpath", "-Dmdep.outputFile=" + classPathFile, "-Dmdep.includeScope=runtime")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            Process p = pb.start();
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("Maven could not resolve org.apache.zookeeper:zookeeper (see " + log + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while resolving ZooKeeper", e);
        }
    }

    /**
     * From 3.5 the server's own tarball ships jars its pom marks "provided" (AdminServer's Jetty and Jackson,
     * metrics, snappy, the slf4j binding); Maven never brings those transitively, and without them
     * QuorumPeerMain fails at start. The release's parent pom, imported as a BOM, gives their versions.
     */
    private static final List<String> PROVIDED_3_5 = List.of(
            "org.eclipse.jetty:jetty-server", "org.eclipse.jetty:jetty-servlet",
            "com.fasterxml.jackson.core:jackson-databind", "commons-cli:commons-cli",
            "org.slf4j:slf4j-reload4j", "ch.qos.reload4j:reload4j");
    private static final List<String> PROVIDED_3_6 = List.of(
            "io.dropwizard.metrics:metrics-core", "org.xerial.snappy:snappy-java");
    private static final List<String> PROVIDED_3_8 = List.of(
            "org.eclipse.jetty:jetty-server", "org.eclipse.jetty:jetty-servlet", "org.eclipse.jetty:jetty-client",
            "com.fasterxml.jackson.core:jackson-databind", "commons-cli:commons-cli",
            "io.dropwizard.metrics:metrics-core", "org.xerial.snappy:snappy-java", "ch.qos.logback:logback-classic");

    static List<String> providedDependencies(ZooKeeperVersion version) {
        if (!version.atLeast(3, 5, 0)) {
            return List.of();
        }
        if (version.atLeast(3, 8, 0)) {
            return PROVIDED_3_8;
        }
        List<String> all = new java.util.ArrayList<>(PROVIDED_3_5);
        if (version.atLeast(3, 6, 0)) {
            all.addAll(PROVIDED_3_6);
        }
        if (version.minor() == 5 && !version.atLeast(3, 5, 10)) {
            // before 3.5.10 the binding was log4j 1.2 itself
            all.removeAll(List.of("org.slf4j:slf4j-reload4j", "ch.qos.reload4j:reload4j"));
            all.addAll(List.of("org.slf4j:slf4j-log4j12", "log4j:log4j"));
        }
        return all;
    }

    private static String pom(ZooKeeperVersion version) {
        StringBuilder deps = new StringBuilder();
        for (String ga : providedDependencies(version)) {
            String[] parts = ga.split(":");
            deps.append("<dependency><groupId>").append(parts[0]).append("</groupId><artifactId>")
                    .append(parts[1]).append("</artifactId></dependency>\n");
        }
        String bom = version.atLeast(3, 5, 0)
                ? "<dependencyManagement><dependencies><dependency><groupId>org.apache.zookeeper</groupId>"
                + "<artifactId>parent</artifactId><version>" + version + "</version><type>pom</type>"
                + "<scope>import</scope></dependency></dependencies></dependencyManagement>"
                : "";
        // 3.4.x declares apacheds-jdbm1 as a "bundle" Maven cannot fetch; the server never needs it.
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.zkmig.sandbox</groupId>
                  <artifactId>zookeeper-server-%1$s</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  %2$s
                  <dependencies>
                    <dependency>
                      <groupId>org.apache.zookeeper</groupId>
                      <artifactId>zookeeper</artifactId>
                      <version>%1$s</version>
                      <exclusions>
                        <exclusion><groupId>org.apache.directory.jdbm</groupId><artifactId>apacheds-jdbm1</artifactId></exclusion>
                        <exclusion><groupId>org.apache.directory.server</groupId><artifactId>*</artifactId></exclusion>
                        <exclusion><groupId>jline</groupId><artifactId>jline</artifactId></exclusion>
                      </exclusions>
                    </dependency>
                    %3$s
                  </dependencies>
                  <build><plugins><plugin>
                    <groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-dependency-plugin</artifactId>
                    <version>3.8.1</version>
                  </plugin></plugins></build>
                </project>
                """.formatted(version, bom, deps);
    }
}
