package io.zkmig.sandbox.controlplane;

import io.zkmig.support.ToolsDir;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The pinned Terraform toolchain for tests: runs {@code scripts/bootstrap-tools.sh} once per JVM (it installs
 * what is missing and skips what is present), then reads what it wrote to {@code tools.properties}.
 */
final class Toolchain {
    private static Toolchain instance;

    final Path terraform;
    final Path cliConfig;
    final Path providerMirror;
    final String instaclustrProviderVersion;

    private Toolchain(Properties p) {
        this.terraform = Path.of(p.getProperty("terraform"));
        this.cliConfig = Path.of(p.getProperty("cliConfig"));
        this.providerMirror = Path.of(p.getProperty("providerMirror"));
        this.instaclustrProviderVersion = p.getProperty("instaclustrProviderVersion");
    }

    static synchronized Toolchain get() throws IOException, InterruptedException {
        if (instance == null) {
            Path home = ToolsDir.home();
            Path log = Files.createTempFile("zkmig-bootstrap", ".log");
            Process p = new ProcessBuilder("bash", home.resolve("scripts/bootstrap-tools.sh").toString())
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("scripts/bootstrap-tools.sh did not finish within 30 minutes");
            }
            String output = Files.readString(log);
            Files.deleteIfExists(log);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("scripts/bootstrap-tools.sh failed:\n" + output);
            }
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(ToolsDir.get().resolve("tools.properties"))) {
                properties.load(in);
            }
            instance = new Toolchain(properties);
        }
        return instance;
    }
}
