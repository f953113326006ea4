package io.zkmig.runner.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.ServerProbe;
import io.zkmig.nodes.LocalNodeControl;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.Refusal;
import io.zkmig.runner.probe.ClientWorkload;
import io.zkmig.runner.probe.WorkloadStats;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.ServerSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Legacy 3.4.14 has no dynamic reconfiguration: the target observers are restarted target-only, all at
 * once. Clients have moved to the target (fixed connect string); the outage they see is measured.
 */
@Tag("zookeeper")
class StaticSplitTest {

    @Test
    void staticSplitFromLegacy34CompletesAndReportsTheOutageItMeasured(@TempDir Path dir) throws Exception {
        try (SplitFixture f = SplitFixture.start(dir, "3.4.14")) {
            // every client group has moved: clients run on the target servers with a fixed connect string.
            // They speak 3.4's protocol: Curator 5's create2 and containers reach the 3.4 leader through the
            // observers and fail there.
            List<String> allGroups = f.spec.clients().stream().map(g -> g.name()).toList();
            PlainClientProbe clients = new PlainClientProbe(ConnectString.of(f.targetSpecs), "/moved-clients");
            try (Ledger ledger = f.openLedger(); LocalNodeControl nodes = new LocalNodeControl(f.spec.stateDir())) {
                // with the groups not marked and not forced, the preconditions refuse before anything stops
                int entries = ledger.entries().size();
                Refusal refused = assertThrows(Refusal.class, () -> StaticSplit.run(f.context(ledger), SplitOptions.defaults()
                        .withProbe(() -> clients), nodes));
                assertTrue(refused.getMessage().startsWith("static split refused by its preconditions (nothing changed)"),
                        refused.getMessage());
                assertEquals(entries, ledger.entries().size(), "a refusal records nothing");
                assertFalse(f.output().contains("report") || f.output().contains("outage"), f.output());
                assertTrue(f.targetSpecs.stream().allMatch(t -> ServerProbe.probe(t.id(), t.host(), t.clientPort()).isServing()),
                        "no target server was stopped");

                SplitReport report = StaticSplit.run(f.context(ledger), SplitOptions.defaults().withForce(allGroups)
                        .withProbe(() -> clients), nodes);
                assertEquals(SplitReport.Status.COMPLETED, report.status(), report.reason());
                assertTrue(ledger.state().has(Milestone.SPLIT_COMPLETE));
                assertTrue(report.clientImpact().longestGapMs() > 0, "an outage was measured: " + report.clientImpact());
                assertTrue(f.output().contains("measured outage: " + report.clientImpact().longestGapMs() + " ms"), f.output());
                assertTrue(StaticSplit.targetOnly(f.targetSpecs));
                System.out.println("static split outage: " + report.clientImpact().summary());

                // a rerun finds it done
                SplitReport again = StaticSplit.run(f.context(ledger), SplitOptions.defaults().withForce(allGroups), nodes);
                assertEquals(SplitReport.Status.COMPLETED, again.status());
                assertTrue(again.steps().stream().allMatch(s -> s.result().equals("skipped")), again.steps().toString());
                assertEquals(0, report.clientImpact().lostWrites(), "acknowledged writes lost: " + report.clientImpact());
                assertTrue(report.clientImpact().acknowledgedWrites() > 0);
            }
            // the legacy side goes on as an ensemble of its own
            for (ServerSpec l : f.legacy.specs()) {
                assertTrue(ServerProbe.probe(l.id(), l.host(), l.clientPort()).isServing(), "legacy " + l.id());
            }
        }
    }
}
