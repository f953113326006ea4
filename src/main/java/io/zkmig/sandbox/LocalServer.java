package io.zkmig.sandbox;

import io.zkmig.support.CommandLines;
import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.ServerConfig;
import io.zkmig.support.PrivateFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One real ZooKeeper server process: its own JVM, from the Maven Central jars of its version, on its own
 * loopback address. Its folder holds conf/zoo.cfg, data/, zookeeper.log, server.out and a pid file.
 *
 * <p>Only the first start of a folder writes its zoo.cfg (from {@link #config()}). A server that ran before
 * starts from the configuration files in its folder as they are: as zkmig's node control and ZooKeeper itself
 * (which rewrites them at every reconfiguration) last left them, the way a service manager restarts a real
 * server. {@link #restart(ServerConfig)} is the one way to give it a new configuration.
 */
public final class LocalServer implements AutoCloseable {
    private static final String MAIN = "org.apache.zookeeper.server.quorum.QuorumPeerMain";
    private static final String SUPER_DIGEST = "zookeeper.DigestAuthenticationProvider.superDigest";
    /** In {@code conf/}: the system properties that must not appear on the command line. */
    public static final String SECRETS_FILE = "secret-system.properties";

    private final String name;
    private final Path dir;
    private final boolean detached;
    private final String superDigest;
    private ServerConfig config;
    private boolean writeConfig;
    private ProcessHandle process;

    public LocalServer(String name, Path dir, ServerConfig config, boolean detached, String superDigest) {
        this.name = name;
        this.dir = dir.toAbsolutePath();
        this.config = config;
        this.detached = detached;
        this.superDigest = superDigest;
    }

    /** Re-attaches to a detached server started by an earlier zkmig process (its pid file), if it still runs. */
    public static Optional<ProcessHandle> runningFrom(Path dir) {
        Path pidFile = dir.toAbsolutePath().resolve("pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isOurs(p, dir.toAbsolutePath()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A pid is ours only if its command line names this server's own config file. */
    private static boolean isOurs(ProcessHandle p, Path dir) {
        return CommandLines.of(p).map(args -> args.contains(dir.resolve("conf/zoo.cfg").toString())).orElse(false);
    }

    /**
     * Starts the server; a server of this folder already running (a detached one) is adopted instead. A folder
     * that holds a configuration already is started from it, unchanged.
     */
    public synchronized LocalServer start() {
        if (process == null) {
            process = runningFrom(dir).orElse(null);
        }
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            writeFiles();
            ZooKeeperDistribution dist = ZooKeeperDistribution.of(config.version().toString());
            List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Xss512k",
                    "-Dzookeeper.log.dir=" + dir,
                    "-Dlog4j.configuration=file:" + dir.resolve("conf/log4j.properties"),
                    "-Dlogback.configurationFile=" + dir.resolve("conf/logback.xml"),
                    "-Dzookeeper.admin.enableServer=" + (config.adminPort() != null),
                    "-Dzookeeper.jmx.log4j.disable=true"));
            if (superDigest != null) {
                // the digest is read from a 0600 file by the watchdog, never put on the command line (ps shows it)
                cmd.add("-D" + ParentWatchdog.SECRET_PROPERTIES + "=" + writeSecrets());
            }
            cmd.add("-cp");
            cmd.add(classPath(dist));
            cmd.add(ParentWatchdog.class.getName());
            cmd.add(detached ? "0" : Long.toString(ProcessHandle.current().pid()));
            cmd.add(MAIN);
            cmd.add(dir.resolve("conf/zoo.cfg").toString());
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.out").toFile())).start();
            process = p.toHandle();
            Files.writeString(dir.resolve("pid"), Long.toString(p.pid()));
            if (!detached) {
                // detached servers (zkmig sandbox up) are meant to outlive the process that started them
                ProcessReaper.register(this);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start ZooKeeper server " + name, e);
        }
    }

    /** Waits until the server answers {@code srvr} as serving (it has joined a quorum or synced as observer). */
    public LocalServer awaitServing(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("ZooKeeper server " + name + " exited; last log lines:\n" + tail(20));
            }
            if (FourLetterWords.isServing(config.clientHost(), config.clientPort())) {
                return this;
            }
            sleep(100);
        }
        throw new IllegalStateException("ZooKeeper server " + name + " did not serve within " + timeout
                + "; last log lines:\n" + tail(20));
    }

    /** Graceful stop (SIGTERM), forced after 10 s. */
    public synchronized void stop() {
        // node control may have restarted this server from the same folder (new pid in the pid file)
        ProcessHandle p = process != null && process.isAlive() ? process : runningFrom(dir).orElse(null);
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            p.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            p.onExit().join();
        }
        process = null;
        ProcessReaper.unregister(this);
    }

    /** SIGKILL, for fault injection. */
    public synchronized void kill() {
        if (process == null || !process.isAlive()) {
            process = runningFrom(dir).orElse(null);
        }
        if (process != null) {
            process.destroyForcibly();
            process.onExit().join();
            process = null;
            ProcessReaper.unregister(this);
        }
    }

    /** Stops, rewrites its configuration and starts again (data kept). */
    public synchronized LocalServer restart(ServerConfig newConfig) {
        stop();
        this.config = newConfig;
        this.writeConfig = true;
        return start();
    }

    /** Whether this folder has a configuration already (the server ran before): then a start keeps it. */
    public boolean configured() {
        return Files.exists(dir.resolve("conf/zoo.cfg"));
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Optional<Long> pid() {
        return Optional.ofNullable(process).map(ProcessHandle::pid);
    }

    public String name() {
        return name;
    }

    public ServerConfig config() {
        return config;
    }

    public Path dir() {
        return dir;
    }

    public String clientAddress() {
        return config.clientHost() + ":" + config.clientPort();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Why the server stopped, in ZooKeeper's words: the message of the last exception its log reports after an
     * ERROR line (e.g. "My id 11 not in the peer list"), with "exited" if the process is gone; empty when it runs
     * and logged no error.
     */
    public Optional<String> failure() {
        boolean exited = process == null || !process.isAlive();
        String reason = null;
        boolean afterError = false;
        for (String line : tail(60).split("\n")) {
            if (line.contains(" ERROR ")) {
                afterError = true;
            } else if (afterError && line.matches("^[\\w.$]+(Exception|Error): .*")) {
                reason = line.substring(line.indexOf(": ") + 2).trim();
                afterError = false;
            }
        }
        if (reason == null) {
            return exited ? Optional.of("exited") : Optional.empty();
        }
        return Optional.of((exited ? "exited: " : "") + reason);
    }

    /** The last lines of the server's log, for error messages. */
    public String tail(int lines) {
        Path log = Files.exists(dir.resolve("zookeeper.log")) ? dir.resolve("zookeeper.log") : dir.resolve("server.out");
        try (Stream<String> all = Files.lines(log)) {
            List<String> list = all.collect(Collectors.toList());
            return String.join("\n", list.subList(Math.max(0, list.size() - lines), list.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    private void writeFiles() throws IOException {
        Path conf = dir.resolve("conf");
        PrivateFiles.createFolders(conf);
        if (writeConfig || !configured()) {
            PrivateFiles.createFolders(config.dataDir());
            Files.writeString(config.dataDir().resolve("myid"), config.myId() + "\n");
            // A 3.5+ server that ran with reconfigEnabled split its members into zoo.cfg.dynamic.<version>
            // and rewrote zoo.cfg to point there; a restart with new members starts from a clean file.
            try (Stream<Path> old = Files.list(conf)) {
                for (Path p : old.filter(f -> f.getFileName().toString().startsWith("zoo.cfg")).toList()) {
                    Files.delete(p);
                }
            }
            Files.writeString(conf.resolve("zoo.cfg"), config.render());
            writeConfig = false;
        }
        Files.writeString(conf.resolve("log4j.properties"), resource("log4j.properties"));
        Files.writeString(conf.resolve("logback.xml"), resource("logback.xml"));
    }

    /** The system properties only this server may read (the super user's digest), in a 0600 file. */
    private Path writeSecrets() throws IOException {
        Properties secrets = new Properties();
        secrets.setProperty(SUPER_DIGEST, superDigest);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        secrets.store(bytes, "read by " + ParentWatchdog.class.getName() + " before ZooKeeper starts; owner-only");
        Path file = dir.resolve("conf").resolve(SECRETS_FILE);
        PrivateFiles.writeAtomically(file, bytes.toByteArray());
        return file;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LocalServer.class.getResourceAsStream("server-logging/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String classPath(ZooKeeperDistribution dist) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(WatchdogClasses.directory().toString());
        dist.classPath().forEach(p -> entries.add(p.toString()));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return name + "(" + clientAddress() + ")";
    }
}
