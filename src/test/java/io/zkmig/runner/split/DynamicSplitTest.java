package io.zkmig.runner.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.ServerProbe;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.Recorded;
import io.zkmig.runner.probe.WorkloadStats;
import io.zkmig.spec.ServerSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runbook's split, under live clients: legacy 3.5 / 3.8 hands over to target 3.9.3 with one leader change,
 * then the rollback hands it back, with one more.
 */
@Tag("zookeeper")
class DynamicSplitTest {

    @ParameterizedTest(name = "legacy {0} -> target 3.9.3")
    @ValueSource(strings = {"3.8.4", "3.5.10"})
    void splitHandsTheEnsembleToTheTargetWithOneLeaderChangeAndRollbackHandsItBack(String legacyVersion, @TempDir Path dir) throws Exception {
        try (SplitFixture f = SplitFixture.start(dir, legacyVersion)) {
            f.startWorkload();
            try (Ledger ledger = f.openLedger(); LeaderTimeline watch = LeaderTimeline.start(f.allSpecs())) {
                SplitReport report = Split.dynamic(f.context(ledger), SplitOptions.defaults()
                        .withForce(List.of(f.fixedGroup()))
                        .withProbe(() -> WorkloadProbe.adopt(f.workload)));
                watch.close();

                assertEquals(SplitReport.Status.COMPLETED, report.status(), report.reason());
                assertTrue(ledger.state().has(Milestone.SPLIT_COMPLETE));
                // exactly one leader change, from a legacy server to a target server
                assertEquals(1, watch.leaderChanges(), "leaders seen: " + watch.leaderSequence());
                Set<Integer> legacyIds = f.legacy.specs().stream().map(ServerSpec::id).collect(Collectors.toSet());
                assertTrue(legacyIds.contains(watch.leaderSequence().get(0)));
                assertTrue(f.targetSpecs.stream().anyMatch(t -> t.id() == watch.leaderSequence().get(1)));
                // the legacy quorum held until its servers were removed: every legacy server served in
                // every sample while a legacy server led
                List<LeaderTimeline.Sample> samples = watch.samples();
                int lastLegacyLed = 0;
                for (int i = 0; i < samples.size(); i++) {
                    if (!samples.get(i).leaders().isEmpty() && legacyIds.containsAll(samples.get(i).leaders())) {
                        lastLegacyLed = i;
                    }
                }
                for (int i = 0; i <= lastLegacyLed; i++) {
                    assertTrue(samples.get(i).serving().containsAll(legacyIds), "legacy servers serving at sample " + i
                            + ": " + samples.get(i));
                }
            }
            // the rollback window: the legacy servers become the ensemble again, data intact
            try (Ledger ledger = f.openLedger(); LeaderTimeline watch = LeaderTimeline.start(f.allSpecs())) {
                assertTrue(Recorded.of(ledger.state()).splitBegun());
                SplitReport back = Split.rollback(f.context(ledger), SplitOptions.defaults()
                        .withProbe(() -> WorkloadProbe.adopt(f.workload)));
                watch.close();
                assertEquals(SplitReport.Status.COMPLETED, back.status(), back.reason());
                assertEquals(1, watch.leaderChanges(), "one leader change back: " + watch.leaderSequence());
                EnsembleView v = EnsembleView.of(new AdminSession(f.legacy.connectString(), SplitFixture.SUPER_PASSWORD)
                        .readConfig(), f.allSpecs());
                assertEquals(Set.of(1, 2, 3), v.voters().stream().map(m -> m.id()).collect(Collectors.toSet()));
                assertTrue(Set.of(1, 2, 3).contains(v.leader().orElseThrow()));
                assertTrue(v.config().members().stream().noneMatch(m -> m.id() >= 11), v.summary());
                for (ServerSpec t : f.targetSpecs) {
                    assertTrue(v.status(t.id()).isServing(), "target " + t.id() + " follows again: " + v.summary());
                }
                assertTrue(!ledger.state().has(Milestone.SPLIT_COMPLETE), "SPLIT_COMPLETE rolled back");
                assertTrue(!Recorded.of(ledger.state()).splitBegun());
            }
            f.workload.awaitWrites(20, java.time.Duration.ofSeconds(30));
            f.workload.stop();
            WorkloadStats s = f.workload.stats();
            System.out.println("workload: " + s.summary());
            assertEquals(List.of(), f.workload.missingAcknowledgedWrites(), "acknowledged writes lost");
            assertEquals(0, s.sessionsExpired(), s.summary());
            assertTrue(s.maxConcurrentLeaders() <= 1, "two leaders at once: " + s.summary());
            // the removed legacy servers keep serving (non-voting followers): the rollback window
            for (ServerSpec l : f.legacy.specs()) {
                assertTrue(ServerProbe.probe(l.id(), l.host(), l.clientPort()).isServing(), "legacy " + l.id() + " serves");
            }
        }
    }
}
