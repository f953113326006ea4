package io.zkmig.runner.disconnect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SandboxMigration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps 6 and 7 of the runbook on real servers, after a real split: the quiet period is seen on the legacy servers
 * themselves (a client that never moved keeps it from starting), the disconnect is confirmed only once no legacy
 * server reaches the target any more, and decommission asks for the migration's name before it does anything.
 */
@Tag("zookeeper")
class LastTwoStepsTest {

    @Test
    void theBridgeGoesAfterTheQuietPeriodAndTheLegacyServersAfterTheBridge(@TempDir Path dir) throws Exception {
        try (SandboxMigration m = SandboxMigration.start(dir, "3.8.4")) {
            ServerSpec legacy1 = m.spec.legacy().servers().get(0);
            try {
                Cli early = m.zkmig("quiet");
                assertEquals(5, early.exitCode(), early::toString);
                assertTrue(early.err().contains("`zkmig split "), "names the split to run first: " + early);

                run(m, 0, "observe", "--no-progress");
                run(m, 0, "verify");
                run(m, 0, "cutover mark", "orders-api", "--reason", "CHG-1 orders-api restarted onto the target");
                run(m, 0, "split", "--no-probe");

                // a client that never moved, on a legacy server (it serves as a non-voting follower of the target)
                try (ZooKeeper stuck = connect(legacy1.clientAddress())) {
                    Cli seen = run(m, 1, "quiet", "--quiet-period", "1s");
                    String session = "0x" + Long.toHexString(stuck.getSessionId());
                    assertTrue(seen.out().contains("session " + session + " from "), seen::toString);
                    assertTrue(seen.out().contains("on legacy server " + legacy1.id()), seen::toString);
                    assertFalse(state(m).has(Milestone.LEGACY_QUIET));
                    Cli refused = m.zkmig("disconnected");
                    assertEquals(5, refused.exitCode(), refused::toString);
                    assertTrue(refused.err().contains("`zkmig quiet "), refused::toString);
                }

                Cli quiet = run(m, 0, "quiet", "--quiet-period", "2s", "--watch", "--poll", "1s", "--timeout", "1m");
                assertTrue(quiet.out().contains("the quiet period starts now"), quiet::toString);
                MigrationState afterQuiet = state(m);
                assertTrue(afterQuiet.has(Milestone.LEGACY_QUIET));
                assertTrue(afterQuiet.entries().stream().anyMatch(e -> e.step().equals(
                        StepNames.notice(StepNames.QUIET_SESSIONS_SEEN))), "the sighting is in the ledger");

                // the bridge still carries the legacy servers' quorum traffic: not disconnected
                Cli bridged = run(m, 1, "disconnected");
                assertTrue(bridged.out().contains("legacy server " + legacy1.id() + " at " + legacy1.clientAddress()
                        + " still serves"), bridged::toString);
                assertFalse(state(m).has(Milestone.DISCONNECTED));

                // the bridge cut: the legacy servers are cut off from the target (stopped, process and data kept)
                m.spec.legacy().servers().forEach(s -> m.signal(s.id(), "STOP"));
                Cli disconnected = run(m, 0, "disconnected");
                assertTrue(disconnected.out().contains("serves alone"), disconnected::toString);
                assertTrue(state(m).has(Milestone.DISCONNECTED));
                try (ZooKeeperAdmin target = m.connect(m.targetConnectString())) {
                    target.create("/after-disconnect", "ok".getBytes(StandardCharsets.UTF_8), ZooDefs.Ids.OPEN_ACL_UNSAFE,
                            CreateMode.PERSISTENT);
                    assertEquals("ok", new String(target.getData("/after-disconnect", false, null), StandardCharsets.UTF_8),
                            "the target takes writes with its own quorum");
                }

                Cli noConfirm = m.zkmig("decommission");
                assertEquals(2, noConfirm.exitCode(), noConfirm::toString);
                Cli wrongName = m.zkmig("decommission", "--confirm", "another-migration");
                assertEquals(2, wrongName.exitCode(), wrongName::toString);
                assertTrue(wrongName.err().contains("is not this migration's name (" + m.spec.name() + "): nothing was done"),
                        wrongName::toString);
                assertFalse(state(m).has(Milestone.SNAPSHOTS_COMPLETE));

                Cli decommission = run(m, 0, "decommission", "--confirm", m.spec.name(), "--no-progress");
                assertTrue(decommission.out().contains("no volume to snapshot"), decommission::toString);
                assertTrue(decommission.out().contains("there is no legacy stack: stop the legacy servers yourself"),
                        decommission::toString);
                assertTrue(state(m).has(Milestone.SNAPSHOTS_COMPLETE));
                Cli status = m.zkmig("status");
                assertTrue(status.out().contains("lifecycle: snapshots complete"), status::toString);
                assertFalse(status.out().contains("`cdktf destroy`"), "no command without its stack: " + status);

                // a rerun checks again and takes nothing twice
                Cli again = run(m, 0, "decommission", "--confirm", m.spec.name(), "--no-progress");
                assertTrue(again.out().contains("already done"), again::toString);
            } finally {
                m.spec.legacy().servers().forEach(s -> {
                    try {
                        m.signal(s.id(), "CONT");
                    } catch (RuntimeException ignored) {
                        // not running: nothing to continue
                    }
                });
            }
        }
    }

    @Test
    void aSessionSeenAfterTheQuietPeriodWithdrawsIt(@TempDir Path dir) throws Exception {
        // the lifecycle half of it, on the ledger alone: a quiet run that sees a session after legacy-quiet withdraws it
        Path state = dir.resolve("state");
        try (FileLedger ledger = FileLedger.open(state)) {
            ledger.append(LedgerEntry.step(StepNames.QUIET_SINCE, "", LedgerEntry.Status.DONE,
                    java.util.Map.of("since", "2026-12-01T00:00:00Z")));
            ledger.append(LedgerEntry.milestone(Milestone.LEGACY_QUIET, LedgerEntry.Status.DONE, java.util.Map.of()));
            assertEquals(java.time.Instant.parse("2026-12-01T00:00:00Z"), QuietPeriod.quietSince(ledger.state()).orElseThrow());
            io.zkmig.runner.lifecycle.MigrationLifecycle.withdraw(ledger, io.zkmig.runner.lifecycle.RunnerCommand.QUIET,
                    java.util.Map.of("reason", "a session"));
            assertFalse(ledger.state().has(Milestone.LEGACY_QUIET));
            assertTrue(QuietPeriod.quietSince(ledger.state()).isEmpty(), "a withdrawn quiet period is over");
        }
    }

    private static ZooKeeper connect(String address) throws Exception {
        CountDownLatch connected = new CountDownLatch(1);
        ZooKeeper zk = new ZooKeeper(address, 30_000, e -> {
            if (e.getState() == Watcher.Event.KeeperState.SyncConnected) {
                connected.countDown();
            }
        });
        if (!connected.await(30, TimeUnit.SECONDS)) {
            zk.close();
            throw new IllegalStateException("no session on " + address);
        }
        return zk;
    }

    private static MigrationState state(SandboxMigration m) {
        return FileLedger.readOnly(m.spec.stateDir()).state();
    }

    private static Cli run(SandboxMigration m, int expected, String command, String... args) {
        Cli r = m.zkmig(command, args);
        System.out.println("$ zkmig " + command + " " + String.join(" ", args) + "\n" + r);
        assertEquals(expected, r.exitCode(), r::toString);
        return r;
    }
}
