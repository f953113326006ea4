package io.zkmig.nodes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.sandbox.LoopbackAddresses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real OpenSSH server (Debian's openssh-server) on a loopback address (the server's own) and a free port, with a throwaway host key, a
 * throwaway client key and its own authorized_keys, all in a temporary folder; closing ends it by its pid.
 * Install it with {@code apt-get install -y openssh-server}; on CI a missing sshd fails the test, elsewhere it
 * skips it.
 */
final class LoopbackSshd implements AutoCloseable {
    static final Path SSHD = Path.of("/usr/sbin/sshd");

    final Path dir;
    final int port;
    final String user;
    final Path clientKey;
    final Path knownHosts;
    private final Process process;

    private LoopbackSshd(Path dir, int port, String user, Path clientKey, Path knownHosts, Process process) {
        this.dir = dir;
        this.port = port;
        this.user = user;
        this.clientKey = clientKey;
        this.knownHosts = knownHosts;
        this.process = process;
    }

    static LoopbackSshd start(Path dir, String host) throws Exception {
        if (!Files.isExecutable(SSHD)) {
            String why = "openssh-server is not installed (apt-get install -y openssh-server)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.assumeTrue(false, why);
        }
        Files.createDirectories(Path.of("/run/sshd"));
        run(dir, "ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", dir.resolve("host_key").toString());
        run(dir, "ssh-keygen", "-q", "-t", "ecdsa", "-m", "PEM", "-N", "", "-f", dir.resolve("client_key").toString());
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        Files.setPosixFilePermissions(dir.resolve("authorized_keys"), PosixFilePermissions.fromString("rw-------"));
        int port = LoopbackAddresses.freePort(host);
        String user = System.getProperty("user.name");
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress " + host,
                "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "StrictModes no",
                "UsePAM no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes",
                "PermitRootLogin prohibit-password",
                "AllowUsers " + user,
                "") + "\n");
        String hostKey = Files.readString(dir.resolve("host_key.pub")).trim();
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, "[" + host + "]:" + port + " " + hostKey.substring(0, hostKey.lastIndexOf(' ')) + "\n");
        Process p = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!io.zkmig.support.TcpPorts.isListening(host, port)) {
            assertTrue(p.isAlive(), () -> "sshd exited: " + read(dir.resolve("sshd.log")));
            assertTrue(System.nanoTime() < deadline, "sshd did not listen within 20 s");
            Thread.sleep(50);
        }
        return new LoopbackSshd(dir, port, user, dir.resolve("client_key"), knownHosts, p);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor() == 0, () -> String.join(" ", cmd) + " failed: " + out);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
