package io.zkmig.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.support.CommandLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Id;
import org.apache.zookeeper.server.auth.DigestAuthenticationProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox server's super-user digest is not on its command line (where {@code ps} shows it to everyone on the
 * host): it is in a 0600 file the server's launcher reads, and the super user still works.
 */
@Tag("zookeeper")
class ServerSecretsTest {
    static final String PASSWORD = "secrets-test-8c41";

    @TempDir
    Path dir;

    @Test
    void noServerCarriesTheDigestOnItsCommandLineAndTheSuperUserStillWorks() throws Exception {
        String digest = DigestAuthenticationProvider.generateDigest("super:" + PASSWORD);
        try (LocalEnsemble legacy = LocalEnsemble.builder("legacy", "3.8.4").servers(3).superPassword(PASSWORD)
                .baseDir(dir).start()) {
            for (LocalServer s : legacy.servers()) {
                long pid = s.pid().orElseThrow();
                String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
                List<String> args = CommandLines.of(ProcessHandle.of(pid).orElseThrow()).orElseThrow();
                assertTrue(args.contains("org.apache.zookeeper.server.quorum.QuorumPeerMain"), "it is the server: " + args);
                for (String secret : List.of("superDigest", digest, digest.substring(digest.indexOf(':') + 1), PASSWORD)) {
                    assertFalse(cmdline.contains(secret), s + "'s command line shows " + secret);
                }
                Path secrets = s.dir().resolve("conf").resolve(LocalServer.SECRETS_FILE);
                assertEquals("rw-------", mode(secrets), secrets.toString());
                assertTrue(Files.readString(secrets).contains("zookeeper.DigestAuthenticationProvider.superDigest"));
                for (Path d : List.of(s.dir(), s.dir().resolve("conf"), s.config().dataDir())) {
                    assertEquals("rwx------", mode(d), d.toString());
                }
            }

            String path = "/only-alice";
            List<ACL> alice = new java.util.ArrayList<>(List.of(new ACL(ZooDefs.Perms.ALL,
                    new Id("digest", DigestAuthenticationProvider.generateDigest("alice:wonder")))));
            try (ZooKeeper anyone = connect(legacy.connectString())) {
                anyone.create(path, "hers".getBytes(StandardCharsets.UTF_8), alice, CreateMode.PERSISTENT);
                assertThrows(KeeperException.NoAuthException.class, () -> anyone.getData(path, false, null));
            }
            try (ZooKeeper superUser = connect(legacy.connectString())) {
                superUser.addAuthInfo("digest", ("super:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                assertArrayEquals("hers".getBytes(StandardCharsets.UTF_8), superUser.getData(path, false, null),
                        "the server read the digest from its file: the super user reads what only alice may");
            }
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static ZooKeeper connect(String connectString) throws Exception {
        CountDownLatch connected = new CountDownLatch(1);
        ZooKeeper zk = new ZooKeeper(connectString, 15_000, e -> {
            if (e.getState() == org.apache.zookeeper.Watcher.Event.KeeperState.SyncConnected) {
                connected.countDown();
            }
        });
        assertTrue(connected.await(30, TimeUnit.SECONDS), "connected to " + connectString);
        return zk;
    }
}
