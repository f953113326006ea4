package io.zkmig.runner.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerConfig;
import io.zkmig.nodes.NodeChange;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.observe.BoundClient;
import io.zkmig.runner.observe.LegacyView;
import io.zkmig.runner.observe.Migration;
import io.zkmig.runner.observe.ObserverState;
import io.zkmig.runner.observe.TargetObservation;
import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.spec.ServerSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verify passes, then a target server is made to diverge (started on its own from the data it synced, and
 * written to directly, as a target started from a different snapshot would be) and verify reports exactly that;
 * then rollback: the target servers return to their own ensemble and provisioned data, a client moved to the
 * target blocks it until moved back, and the legacy ensemble's data and sessions are exactly as before observe.
 */
@Tag("zookeeper")
class DivergenceAndRollbackTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void verifyReportsAnInjectedDivergenceAndRollbackLeavesLegacyAsItWas(@TempDir Path dir) throws Exception {
        try (Migration m = Migration.start(dir, "3.8.4", true);
             CuratorFramework scheduler = BoundClient.start(m.legacyConnectString(), Migration.TRACKING_CLIENT_ADDRESS, true)) {
            scheduler.create().creatingParentsIfNeeded().withMode(CreateMode.EPHEMERAL_SEQUENTIAL)
                    .forPath("/scheduler/leader/_c_test-latch-");
            scheduler.create().forPath("/config", "v1".getBytes());
            scheduler.create().withMode(CreateMode.PERSISTENT_SEQUENTIAL).forPath("/config/item-");
            try (ZooKeeperAdmin target = m.connect(m.targetConnectString())) {
                target.create("/provisioned", new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
            }
            Map<String, String> legacyBefore = tree(m, m.legacyConnectString());
            Set<Long> sessionsBefore = legacySessions(m);
            assertTrue(sessionsBefore.contains(scheduler.getZookeeperClient().getZooKeeper().getSessionId()));

            assertEquals(0, m.zkmig("observe", "--no-progress").exit());
            Migration.Run verify = m.zkmig("verify");
            assertEquals(0, verify.exit(), verify::toString);

            // server 11 leaves the legacy ensemble: on its own, from the data it synced, and written to directly
            ServerSpec eleven = m.spec().target().servers().get(0);
            LocalServer server11 = m.target.server(eleven.id());
            ServerConfig provisioned = server11.config();
            server11.stop();
            server11.restart(new ServerConfig(provisioned.myId(), provisioned.version(),
                    provisioned.dataDir().resolve(NodeChange.OBSERVER_DATA), provisioned.clientHost(), provisioned.clientPort(),
                    provisioned.adminPort(), true, List.of(Member.of(eleven, Role.PARTICIPANT)), provisioned.tickTimeMs()));
            server11.awaitServing(Duration.ofSeconds(60));
            try (ZooKeeperAdmin alone = m.connect(eleven.clientAddress())) {
                alone.create("/diverged", "only here".getBytes(), ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
            }

            long t0 = System.nanoTime();
            Migration.Run notFollowing = m.zkmig("verify");
            assertEquals(1, notFollowing.exit(), notFollowing::toString);
            assertTrue(notFollowing.out().contains("verify: refused: parity cannot be checked") && notFollowing.out()
                    .contains("server 11 not observing: runs an ensemble of its own") && notFollowing.out()
                    .contains("zkmig observe "), notFollowing::toString);
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos(), "refused before reading any tree");
            Migration.Run diverged = m.zkmig("verify", "--json", "--converge-timeout", "5s", "--compare-anyway");
            assertEquals(1, diverged.exit(), diverged::toString);
            JsonNode report = JSON.readTree(diverged.out());
            Map<String, List<String>> treeDiffs = new TreeMap<>();
            List<String> other = new ArrayList<>();
            for (JsonNode d : report.get("differences")) {
                assertEquals(eleven.id(), d.get("server").asInt(), "only server 11 differs: " + report.toPrettyString());
                if (d.get("check").asText().equals("tree")) {
                    treeDiffs.computeIfAbsent(d.get("path").asText(), p -> new ArrayList<>()).add(d.get("detail").asText().split(" ")[0]);
                } else {
                    other.add(d.get("check").asText() + ": " + d.get("detail").asText());
                }
            }
            assertEquals(Map.of("/diverged", List.of("only"), "/", List.of("cversion", "pzxid", "numChildren")), treeDiffs,
                    report.toPrettyString());
            assertEquals(1, other.size(), other::toString);
            assertTrue(other.get(0).startsWith("zxid: does not follow the legacy ensemble"), other::toString);
            assertFalse(m.ledger().has(Milestone.VERIFIED), "a failed verify withdraws the milestone");

            // a fixed client on the target blocks the rollback until it moves back
            try (CuratorFramework orders = BoundClient.start(m.spec().target().servers().get(1).clientAddress(),
                    Migration.FIXED_CLIENT_ADDRESS, false)) {
                orders.checkExists().forPath("/config");
                Migration.Run refused = m.zkmig("rollback");
                assertEquals(5, refused.exit(), refused::toString);
                assertTrue(refused.err().contains("(group orders-api)"), refused::toString);
            }

            Migration.Run rollback = m.zkmig("rollback");
            assertEquals(0, rollback.exit(), rollback::toString);
            assertFalse(m.ledger().has(Milestone.TARGET_OBSERVING));
            LegacyView legacy = LegacyView.read(m.spec());
            for (ServerSpec t : m.spec().target().servers()) {
                assertEquals(ObserverState.OWN_ENSEMBLE, awaitServing(t, legacy).state(), () -> "server " + t.id()
                        + " after " + rollback + "\nits log ends:\n" + m.target.server(t.id()).tail(40));
            }
            try (ZooKeeperAdmin target = m.connect(m.targetConnectString())) {
                assertTrue(target.exists("/provisioned", false) != null, "the provisioned data is back");
                assertTrue(target.exists("/config", false) == null && target.exists("/diverged", false) == null);
            }
            assertEquals(legacyBefore, tree(m, m.legacyConnectString()), "legacy data, ACLs and stats as before observe");
            assertTrue(legacySessions(m).containsAll(sessionsBefore), "every legacy session survived");
            assertEquals(0, m.zkmig("rollback").exit(), "a second rollback is harmless");
        }
    }

    private static TargetObservation awaitServing(ServerSpec t, LegacyView legacy) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        TargetObservation o = TargetObservation.of(t, legacy);
        while (o.state() != ObserverState.OWN_ENSEMBLE && System.nanoTime() < deadline) {
            Thread.sleep(200);
            o = TargetObservation.of(t, legacy);
        }
        return o;
    }

    private static Set<Long> legacySessions(Migration m) throws Exception {
        Set<Long> ids = new TreeSet<>();
        ClientSessions.connections(m.spec().legacy().servers()).forEach(c -> ids.add(c.sessionId()));
        return ids;
    }

    /** Every znode of the tree with its data, ACL and stat, as text. */
    private static Map<String, String> tree(Migration m, String connectString) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (ZooKeeperAdmin zk = m.connect(connectString)) {
            zk.sync("/");
            walk(zk, "/", out);
        }
        return out;
    }

    private static void walk(ZooKeeperAdmin zk, String path, Map<String, String> out) throws Exception {
        if (path.equals("/zookeeper/config")) {
            return;
        }
        Stat stat = new Stat();
        byte[] data = zk.getData(path, false, stat);
        out.put(path, new String(data == null ? new byte[0] : data) + " " + zk.getACL(path, new Stat()) + " " + stat);
        for (String c : zk.getChildren(path, false)) {
            walk(zk, path.equals("/") ? "/" + c : path + "/" + c, out);
        }
    }
}
