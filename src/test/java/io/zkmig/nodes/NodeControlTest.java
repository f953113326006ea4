package io.zkmig.nodes;

import io.zkmig.support.CommandLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerConfig;
import io.zkmig.ensemble.ServerProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.ensemble.ZkConnections;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.spec.NodesSpec;
import io.zkmig.spec.ServerSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each node control mode turns a freshly provisioned target server (a cluster of its own, with data of its own)
 * into an observer of a legacy ensemble, then puts it back as it was. The legacy side is a real 3.8.4 ensemble
 * with reconfig on; the target a real 3.9.3 server.
 */
@Tag("zookeeper")
class NodeControlTest {
    private static LocalEnsemble legacy;

    @BeforeAll
    static void startLegacy() throws Exception {
        legacy = LocalEnsemble.builder("legacy", "3.8.4").servers(1).reconfigEnabled(true).start();
        create(legacy.connectString(), "/legacy-data");
    }

    @AfterAll
    static void stopLegacy() {
        if (legacy != null) {
            legacy.close();
        }
    }

    @Test
    void localModeRestartsTheSameProcessAsObserverAndRestoresIt(@TempDir Path state) throws Exception {
        try (LocalEnsemble target = newTarget()) {
            ServerSpec t = target.specs().get(0);
            NodeControl nodes = new LocalNodeControl(state);

            nodes.restart(t, NodeChange.observe(observing(t)));
            assertObservesLegacy(t);
            assertTrue(nodes.hasOriginal(t));

            nodes.restoreOriginal(t, List.of(Member.of(t, Role.PARTICIPANT)));
            assertBackOnItsOwn(t, target.servers().get(0));
            assertFalse(nodes.hasOriginal(t));
        }
    }

    @Test
    void sshModeWritesTheConfigAndRunsTheRestartCommandOnARealSshd(@TempDir Path state, @TempDir Path sshDir)
            throws Exception {
        try (LocalEnsemble target = newTarget();
             LoopbackSshd sshd = LoopbackSshd.start(sshDir, target.specs().get(0).host())) {
            ServerSpec t = target.specs().get(0);
            LocalServer server = target.servers().get(0);
            Path script = restartScript(sshDir, server);
            NodesSpec.Ssh ssh = new NodesSpec.Ssh(sshd.user, sshd.port, null, sshd.knownHosts.toString(),
                    server.dir().resolve("conf").toString(), script + " {id}", null);
            try (SshNodeControl nodes = new SshNodeControl(state, ssh, Files.readString(sshd.clientKey), sshd.knownHosts)) {
                nodes.restart(t, NodeChange.observe(observing(t)));
                assertTrue(Files.readString(sshDir.resolve("restarted")).contains(Integer.toString(t.id())),
                        "the restart command ran with {id} replaced");
                assertObservesLegacy(t);

                nodes.restoreOriginal(t, List.of(Member.of(t, Role.PARTICIPANT)));
                assertBackOnItsOwn(t, server);
            }
        }
    }

    @Test
    void manualModePrintsTheExactConfigAndWaitsUntilZooKeeperShowsIt(@TempDir Path state) throws Exception {
        try (LocalEnsemble target = newTarget()) {
            ServerSpec t = target.specs().get(0);
            LocalServer server = target.servers().get(0);
            ServerConfig original = server.config();
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            NodeControl nodes = new ManualNodeControl(new PrintStream(printed, true, StandardCharsets.UTF_8),
                    Duration.ofMinutes(2), Duration.ofMillis(200));

            // the operator applies exactly what zkmig printed
            CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
                String text = awaitPrinted(printed, "Restart the server.");
                List<Member> members = EnsembleConfig.parse(text).members();
                assertTrue(text.contains("peerType=observer"), text);
                server.restart(new ServerConfig(original.myId(), original.version(),
                        original.dataDir().resolve(NodeChange.OBSERVER_DATA), original.clientHost(), original.clientPort(),
                        original.adminPort(), original.reconfigEnabled(), members, original.tickTimeMs()));
            });
            nodes.restart(t, NodeChange.observe(observing(t)));
            operator.get(1, TimeUnit.MINUTES);
            assertObservesLegacy(t);
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("server.11=" + t.host() + ":" + t.quorumPort()
                    + ":" + t.electionPort() + ":observer;" + t.clientAddress()), printed::toString);

            printed.reset();
            CompletableFuture<Void> undo = CompletableFuture.runAsync(() -> {
                awaitPrinted(printed, "restart the server.");
                server.stop();
                deleteTree(original.dataDir().resolve(NodeChange.OBSERVER_DATA));
                server.restart(original);
            });
            nodes.restoreOriginal(t, List.of(Member.of(t, Role.PARTICIPANT)));
            undo.get(1, TimeUnit.MINUTES);
            assertBackOnItsOwn(t, server);
        }
    }

    /** The legacy voters plus this target server as observer, as observe asks. */
    private static List<Member> observing(ServerSpec t) {
        List<Member> members = new ArrayList<>(legacy.specs().stream().map(s -> Member.of(s, Role.PARTICIPANT)).toList());
        members.add(Member.of(t, Role.OBSERVER));
        return members;
    }

    private static LocalEnsemble newTarget() throws Exception {
        LocalEnsemble target = LocalEnsemble.builder("target", "3.9.3").servers(1).firstId(11).addressBlock(2)
                .reconfigEnabled(true).start();
        create(target.connectString(), "/target-own");
        return target;
    }

    private static void assertObservesLegacy(ServerSpec t) throws Exception {
        awaitServing(t);
        ServerStatus st = ServerProbe.probe(t.id(), t.host(), t.clientPort());
        assertEquals(ServerRole.FOLLOWER, st.role(), "a non-voting follower of a reconfig-enabled legacy: " + st);
        assertEquals(Boolean.FALSE, st.inConfig(), "not in the legacy's dynamic config: " + st);
        List<String> children = children(t);
        assertTrue(children.contains("legacy-data") && !children.contains("target-own"), children::toString);
    }

    private static void assertBackOnItsOwn(ServerSpec t, LocalServer server) throws Exception {
        awaitServing(t);
        List<String> children = children(t);
        assertTrue(children.contains("target-own") && !children.contains("legacy-data"), children::toString);
        assertFalse(Files.exists(server.config().dataDir().resolve(NodeChange.OBSERVER_DATA)),
                "the observer's data folder is gone");
        assertEquals(List.of(t.id()), EnsembleConfig.parse(FourLetterWords.send(t.host(), t.clientPort(), "conf"))
                .voters().stream().map(Member::id).toList());
    }

    /** What an operator's restart script does: stop the server of that folder, start the same command again. */
    private static Path restartScript(Path dir, LocalServer server) throws Exception {
        List<String> cmd = CommandLines.of(ProcessHandle.of(server.pid().orElseThrow()).orElseThrow()).orElseThrow();
        String serverDir = SshNodeControl.quote(server.dir().toString());
        Path script = dir.resolve("restart-zookeeper.sh");
        Files.writeString(script, "#!/bin/sh\n"
                + "echo \"$1\" >> " + SshNodeControl.quote(dir.resolve("restarted").toString()) + "\n"
                + "PID=$(cat " + serverDir + "/pid 2>/dev/null)\n"
                + "if [ -n \"$PID\" ]; then kill \"$PID\" 2>/dev/null; "
                + "while kill -0 \"$PID\" 2>/dev/null; do sleep 0.1; done; fi\n"
                + "cd " + serverDir + " && setsid " + cmd.stream().map(SshNodeControl::quote).collect(Collectors.joining(" "))
                + " >> server.out 2>&1 < /dev/null &\n"
                + "echo $! > " + serverDir + "/pid\n");
        script.toFile().setExecutable(true);
        return script;
    }

    private static String awaitPrinted(ByteArrayOutputStream printed, String marker) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            String text = printed.toString(StandardCharsets.UTF_8);
            if (text.contains(marker)) {
                return text;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("nothing printed containing " + marker);
    }

    private static void deleteTree(Path dir) {
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitServing(ServerSpec s) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!FourLetterWords.isServing(s.host(), s.clientPort())) {
            assertTrue(System.nanoTime() < deadline, "server " + s.id() + " did not serve within 60 s");
            Thread.sleep(100);
        }
    }

    private static void create(String connectString, String path) throws Exception {
        ZooKeeperAdmin zk = ZkConnections.admin(connectString, null, Duration.ofSeconds(20));
        try {
            zk.create(path, new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
        } finally {
            ZkConnections.closeQuietly(zk);
        }
    }

    private static List<String> children(ServerSpec s) throws Exception {
        ZooKeeperAdmin zk = ZkConnections.admin(s.clientAddress(), null, Duration.ofSeconds(20));
        try {
            return zk.getChildren("/", false);
        } finally {
            ZkConnections.closeQuietly(zk);
        }
    }
}
