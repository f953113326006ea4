package io.zkmig.runner.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.probe.ClientWorkload;
import io.zkmig.runner.probe.WorkloadStats;
import io.zkmig.spec.ServerSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook from observe to cutover on a legacy 3.8.4 ensemble (reconfig on) serving a live workload: the
 * target servers join and sync with zero failed client operations, a Curator client that follows
 * /zookeeper/config never sees a target address, a fixed-connect-string client restarted onto the target keeps
 * working both ways, {@code clients} reports each truthfully, verify passes under load, and cutover marks follow
 * the sessions.
 */
@Tag("zookeeper")
class ObserveUnderLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void observeVerifyAndCutoverUnderALiveWorkload(@TempDir Path dir) throws Exception {
        try (Migration m = Migration.start(dir, "3.8.4", true);
             ClientWorkload workload = ClientWorkload.start(m.legacyConnectString(), ClientWorkload.Options.defaults()
                     .withMaxDuration(Duration.ofMinutes(5)));
             CuratorFramework scheduler = BoundClient.start(m.legacyConnectString(), Migration.TRACKING_CLIENT_ADDRESS, true);
             LeaderLatch latch = new LeaderLatch(scheduler, "/scheduler/leader", "scheduler-1")) {
            latch.start();
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the scheduler leads");
            assertTrue(workload.awaitWrites(20, Duration.ofSeconds(30)), "the workload writes");

            // observe while the workload runs
            Migration.Run observe = m.zkmig("observe");
            System.out.println(observe.out());
            assertEquals(0, observe.exit(), observe::toString);
            assertTrue(m.ledger().isDone(AwaitCaughtUp.NAME, "13"), observe::toString);
            assertTrue(workload.awaitWrites(20, Duration.ofSeconds(30)), "the workload still writes");
            WorkloadStats stats = workload.stats();
            assertEquals(0, stats.failedOperations(), stats.summary());
            assertEquals(0, stats.sessionsExpired(), stats.summary());
            assertTrue(stats.maxConcurrentLeaders() <= 1, stats.summary());
            LegacyView legacy = LegacyView.read(m.spec());
            for (ServerSpec t : m.spec().target().servers()) {
                assertEquals(ObserverState.NON_VOTING_FOLLOWER, TargetObservation.of(t, legacy).state());
                assertFalse(legacy.lists(t.id()), "target " + t.id() + " stays out of /zookeeper/config");
            }

            // the Curator client that follows /zookeeper/config never gets a target address
            String tracked = scheduler.getZookeeperClient().getCurrentConnectionString();
            for (ServerSpec t : m.spec().target().servers()) {
                assertFalse(tracked.contains(t.host()), "target leaked into " + tracked);
            }

            // verify passes under load: clients may move now (the lifecycle refuses cutover marks before it)
            Migration.Run verify = m.zkmig("verify");
            System.out.println(verify.out());
            assertEquals(0, verify.exit(), verify::toString);
            assertTrue(m.ledger().has(Milestone.VERIFIED));

            // orders-api, a fixed-connect-string client, runs on legacy, so marking it moved is refused
            try (CuratorFramework ordersOnLegacy = BoundClient.start(m.legacyConnectString(), Migration.FIXED_CLIENT_ADDRESS, false)) {
                ordersOnLegacy.create().forPath("/orders", "v1".getBytes());
                Migration.Run refused = m.zkmig("cutover mark", "orders-api", "--reason", "CHG-1");
                assertEquals(5, refused.exit(), refused::toString);
                assertTrue(refused.err().contains("still has 1 session(s) on legacy servers"), refused::toString);
            }
            // ... its rolling restart gives it the target connect string
            try (CuratorFramework orders = BoundClient.start(m.targetConnectString(), Migration.FIXED_CLIENT_ADDRESS, false)) {
                orders.create().forPath("/orders/from-target", "written on target".getBytes());
                workload.client().sync().forPath("/orders");
                assertEquals("written on target", new String(workload.client().getData().forPath("/orders/from-target"),
                        StandardCharsets.UTF_8), "legacy clients see the moved client's write");
                workload.client().setData().forPath("/orders", "v2".getBytes());
                orders.sync().forPath("/orders");
                assertEquals("v2", new String(orders.getData().forPath("/orders"), StandardCharsets.UTF_8),
                        "the moved client sees legacy writes");

                JsonNode report = JSON.readTree(m.zkmig("clients", "--json").out());
                JsonNode ordersGroup = group(report, "orders-api");
                assertEquals(0, ordersGroup.get("sessionsOnLegacy").asInt(), report.toPrettyString());
                assertEquals(1, ordersGroup.get("sessionsOnTarget").asInt(), report.toPrettyString());
                JsonNode schedulerGroup = group(report, "scheduler");
                assertEquals(1, schedulerGroup.get("sessionsOnLegacy").asInt(), report.toPrettyString());
                assertEquals(0, schedulerGroup.get("sessionsOnTarget").asInt(), report.toPrettyString());
                assertEquals(1, schedulerGroup.get("latchesOnLegacy").asInt(), report.toPrettyString());
                JsonNode holder = report.get("inventory").get("latchHolders").get(0);
                assertEquals(scheduler.getZookeeperClient().getZooKeeper().getSessionId(), holder.get("sessionId").asLong(),
                        report.toPrettyString());
                assertTrue(holder.get("leads").asBoolean(), report.toPrettyString());
                Migration.Run status = m.zkmig("status");
                assertTrue(status.out().contains("11: non-voting follower of the legacy leader"), status::toString);
                assertTrue(status.out().contains("orders-api (fixed): on target, not marked yet [target 1, legacy 0]"),
                        status::toString);
                Migration.Run table = m.zkmig("clients");
                assertTrue(table.out().contains("LEADER /scheduler/leader"), table::toString);

                Migration.Run mark = m.zkmig("cutover mark", "orders-api", "--reason", "CHG-2 rolling restart done");
                assertEquals(0, mark.exit(), mark::toString);
                assertTrue(m.ledger().has(Milestone.CUTOVER_COMPLETE), "the only fixed group moved");
                orders.setData().forPath("/orders/from-target", "still working".getBytes());
            }
            Migration.Run unmark = m.zkmig("cutover unmark", "orders-api", "--reason", "moved back for a test");
            assertEquals(0, unmark.exit(), unmark::toString);
            assertFalse(m.ledger().has(Milestone.CUTOVER_COMPLETE));

            workload.stop();
            assertEquals(List.of(), workload.missingAcknowledgedWrites());
            stats = workload.stats();
            assertEquals(0, stats.failedOperations(), stats.summary());
            assertTrue(stats.maxConcurrentLeaders() <= 1, stats.summary());
            assertTrue(latch.hasLeadership(), "the scheduler kept its leadership throughout");
        }
    }

    private static JsonNode group(JsonNode report, String name) {
        for (JsonNode g : report.get("progress").get("groups")) {
            if (g.get("group").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name + " in " + report);
    }
}
