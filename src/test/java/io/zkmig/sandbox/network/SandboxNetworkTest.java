package io.zkmig.sandbox.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.spec.ServerSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On loopback nothing separates the legacy ensemble from the target; the sandbox network does. With the bridge
 * closed a target observer cannot reach the legacy quorum and does not serve; opening the bridge lets it sync.
 */
@Tag("zookeeper")
class SandboxNetworkTest {

    @Test
    void aTargetObserverSyncsOnlyOnceTheBridgeIsOpen(@TempDir Path dir) throws Exception {
        LocalEnsemble.Builder tb = LocalEnsemble.builder("target", "3.9.3").servers(1).firstId(11).addressBlock(2)
                .baseDir(dir);
        List<ServerSpec> targetSpecs = tb.allocate();
        LocalServer observer = null;
        Path cgroupDir;
        String table;
        try (LocalEnsemble legacy = LocalEnsemble.builder("legacy", "3.8.4").servers(3).addressBlock(1).baseDir(dir).start();
             SandboxNetwork network = SandboxNetwork.create("Net Test", legacy.specs(), targetSpecs)) {
            cgroupDir = network.cgroupDir();
            table = network.table();
            assertTrue(nftTables().contains("table inet " + table), nftTables());
            legacy.servers().forEach(s -> network.place(s.pid().orElseThrow(), NetworkSide.LEGACY));
            network.bridge(false);

            List<Member> members = new ArrayList<>(legacy.specs().stream().map(s -> Member.of(s, Role.PARTICIPANT)).toList());
            members.add(Member.of(targetSpecs.get(0), Role.OBSERVER));
            observer = LocalEnsemble.serverFor("target", targetSpecs.get(0), members, tb.options()).start();
            network.place(observer.pid().orElseThrow(), NetworkSide.TARGET);

            LocalServer waiting = observer;
            assertThrows(IllegalStateException.class, () -> waiting.awaitServing(Duration.ofSeconds(15)),
                    "a target observer behind a closed bridge must not sync");
            assertTrue(observer.isAlive(), "the observer keeps trying rather than exiting");
            ServerSpec leader = legacy.specs().stream().filter(s -> ServerProbe.probe(s.id(), s.host(), s.clientPort())
                    .role() == ServerRole.LEADER).findFirst().orElseThrow();
            assertNotEquals(0, connect(network.procsFile(NetworkSide.TARGET), leader.host(), leader.quorumPort()),
                    "a process in the target cgroup cannot reach the legacy quorum port");
            assertEquals(0, connect(null, leader.host(), leader.quorumPort()), "a process outside the cgroups can");

            network.bridge(true);
            observer.awaitServing(Duration.ofSeconds(60));
            assertEquals(0, connect(network.procsFile(NetworkSide.TARGET), leader.host(), leader.quorumPort()),
                    "an open bridge lets the target cgroup through");
        } finally {
            if (observer != null) {
                observer.stop();
            }
        }
        assertFalse(nftTables().contains("zkmig_"), "no zkmig table left: " + nftTables());
        assertFalse(Files.exists(cgroupDir), cgroupDir + " removed");
    }

    /** Exit status of a shell that (optionally) puts itself in a cgroup, then opens a TCP connection. */
    private static int connect(Path procsFile, String host, int port) throws Exception {
        String join = procsFile == null ? "" : "echo $$ > " + procsFile + " && ";
        Process p = new ProcessBuilder("timeout", "5", "bash", "-c", join + "exec 3<>/dev/tcp/" + host + "/" + port)
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "connect attempt finished");
        return p.exitValue();
    }

    private static String nftTables() throws Exception {
        Process p = new ProcessBuilder("nft", "list", "tables").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}
