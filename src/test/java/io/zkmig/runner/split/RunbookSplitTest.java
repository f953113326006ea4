package io.zkmig.runner.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.observe.BoundClient;
import io.zkmig.runner.observe.Migration;
import io.zkmig.runner.probe.ClientWorkload;
import io.zkmig.runner.probe.WorkloadStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook through the CLI, from the state the real {@code zkmig observe} leaves: observe (with the
 * target servers registered as observers in /zookeeper/config, so the split promotes listed observers:
 * removed, then added as participants), verify, cutover of the fixed group, split paused before the leader
 * change, split, and the rollback, under a live workload and a scheduler holding a leader latch.
 */
@Tag("zookeeper")
class RunbookSplitTest {

    @Test
    void observeVerifyCutoverSplitAndRollBackThroughTheCli(@TempDir Path dir) throws Exception {
        try (Migration m = Migration.start(dir, "3.8.4", true);
             ClientWorkload workload = ClientWorkload.start(m.legacyConnectString(), ClientWorkload.Options.defaults()
                     .withMaxDuration(Duration.ofMinutes(8)));
             CuratorFramework scheduler = BoundClient.start(m.legacyConnectString(), Migration.TRACKING_CLIENT_ADDRESS, true);
             LeaderLatch latch = new LeaderLatch(scheduler, "/scheduler/leader", "scheduler-1")) {
            latch.start();
            assertTrue(latch.await(30, TimeUnit.SECONDS));
            assertTrue(workload.awaitWrites(20, Duration.ofSeconds(30)));

            Migration.Run observe = m.zkmig("observe", "--register-observers", "--no-progress");
            assertEquals(0, observe.exit(), observe::toString);
            try (ZooKeeperAdmin zk = m.connect(m.legacyConnectString())) {
                EnsembleConfig c = EnsembleConfig.parse(new String(zk.getConfig(false, new Stat()), StandardCharsets.UTF_8));
                assertTrue(c.members().stream().filter(x -> x.id() >= 11).allMatch(x -> x.role() == Role.OBSERVER),
                        "targets listed as observers: " + c.members());
            }
            Migration.Run verify = m.zkmig("verify");
            assertEquals(0, verify.exit(), verify::toString);
            // the fixed group has not moved: the split is refused by its preconditions, changes nothing, reports nothing
            Migration.Run refused = m.zkmig("split");
            assertEquals(5, refused.exit(), refused::toString);
            assertTrue(refused.err().contains("split refused by its preconditions (nothing changed)"), refused::toString);
            assertTrue(refused.err().contains("orders-api (fixed connect string) not moved"), refused::toString);
            assertFalse(refused.out().contains("report"), "no report of a split that did not run: " + refused);
            assertFalse(refused.out().contains("left the configuration"), refused::toString);
            assertFalse(m.ledger().entries().stream().anyMatch(e -> e.step().startsWith("split")),
                    "nothing of the split in the ledger: " + m.ledger().entries());
            // the fixed group restarted onto the target, then marked
            try (CuratorFramework orders = BoundClient.start(m.targetConnectString(), Migration.FIXED_CLIENT_ADDRESS, false)) {
                orders.create().forPath("/orders-moved", "yes".getBytes());
                Migration.Run mark = m.zkmig("cutover mark", "orders-api", "--reason", "CHG-7 rolling restart done");
                assertEquals(0, mark.exit(), mark::toString);

                Migration.Run paused = m.zkmig("split", "--pause-before-leader");
                System.out.println(paused.out());
                assertEquals(0, paused.exit(), paused::toString);
                assertTrue(paused.out().contains("server 11 is listed as an observer: removing it first"), "a listed observer is removed first: " + paused.out());
                assertTrue(paused.out().contains("leader-latch holder: group scheduler, /scheduler/leader/"), paused.out());
                assertTrue(paused.out().contains("from " + Migration.TRACKING_CLIENT_ADDRESS), paused.out());
                assertTrue(paused.out().contains("PAUSED"), paused.out());
                assertTrue(latch.hasLeadership(), "no leader change yet");

                Migration.Run split = m.zkmig("split");
                System.out.println(split.out());
                assertEquals(0, split.exit(), split::toString);
                assertTrue(split.out().contains("split report: COMPLETED"), split.out());
                assertTrue(m.ledger().has(Milestone.SPLIT_COMPLETE));
                // status says the split is complete and names the next step and the way back
                Migration.Run status = m.zkmig("status");
                assertTrue(status.out().contains("lifecycle: split complete: the target cluster is the ensemble"), status::toString);
                assertTrue(status.out().contains("  next:     `zkmig quiet "), "the quiet period comes next: " + status);
                assertTrue(status.out().contains("  way back: `zkmig split --rollback "), status::toString);
                assertFalse(status.out().contains("no legacy leader to compare with"), status::toString);
                try (ZooKeeperAdmin zk = m.connect(m.targetConnectString())) {
                    EnsembleConfig c = EnsembleConfig.parse(new String(zk.getConfig(false, new Stat()), StandardCharsets.UTF_8));
                    assertEquals(List.of(11, 12, 13), c.voters().stream().map(Member::id).sorted().toList());
                    assertEquals(3, c.members().size(), c.members().toString());
                }
                assertEquals("yes", new String(orders.getData().forPath("/orders-moved")), "the moved client works on");
            }
            assertTrue(latch.await(30, TimeUnit.SECONDS), "the scheduler leads again after the one blip");

            Migration.Run back = m.zkmig("split", "--rollback");
            System.out.println(back.out());
            assertEquals(0, back.exit(), back::toString);
            assertFalse(m.ledger().has(Milestone.SPLIT_COMPLETE));
            try (ZooKeeperAdmin zk = m.connect(m.legacyConnectString())) {
                EnsembleConfig c = EnsembleConfig.parse(new String(zk.getConfig(false, new Stat()), StandardCharsets.UTF_8));
                assertEquals(List.of(1, 2, 3), c.voters().stream().map(Member::id).sorted().toList());
                assertTrue(zk.exists("/orders-moved", false) != null, "data written through the target is on the legacy");
            }
            // the way back goes on from here: observe's rollback is no longer refused because of the split
            Migration.Run observeRollback = m.zkmig("rollback");
            assertFalse((observeRollback.out() + observeRollback.err()).contains("the split has begun"), observeRollback::toString);

            assertTrue(workload.awaitWrites(20, Duration.ofSeconds(30)));
            workload.stop();
            WorkloadStats s = workload.stats();
            System.out.println("workload: " + s.summary());
            assertEquals(List.of(), workload.missingAcknowledgedWrites());
            assertEquals(0, s.sessionsExpired(), s.summary());
            assertTrue(s.maxConcurrentLeaders() <= 1, s.summary());
        }
    }
}
