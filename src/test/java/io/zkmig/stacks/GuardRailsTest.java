package io.zkmig.stacks;

import static io.zkmig.runner.ledger.Milestone.CUTOVER_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.SNAPSHOTS_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.SPLIT_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.TARGET_OBSERVING;
import static io.zkmig.runner.ledger.Milestone.TARGET_PROVISIONED;
import static io.zkmig.runner.ledger.Milestone.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard rails are the lifecycle's: they read the runner's ledger files, written here the way the runner
 * writes them, and refuse exactly what {@link MigrationLifecycle} says a stage needs or forbids.
 */
class GuardRailsTest {
    @TempDir
    Path dir;

    private MigrationState recorded(MigrationSpec spec) {
        try (Ledger ledger = FileLedger.readOnly(spec.stateDir())) {
            return ledger.state();
        }
    }

    private GuardRailException refused(Stage stage, Milestone... milestones) {
        MigrationSpec spec = SpecFixture.demo(dir, stage);
        SpecFixture.record(spec, milestones);
        return assertThrows(GuardRailException.class, () -> GuardRails.check(spec, recorded(spec)));
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageSynthesizesOnceTheMilestonesItNeedsAreRecorded(Stage stage) {
        MigrationSpec spec = SpecFixture.demo(dir, stage);
        SpecFixture.recordNeeds(spec, stage);
        assertDoesNotThrow(() -> GuardRails.check(spec, recorded(spec)));
    }

    /** Every need of every stage: all the others recorded, this one missing. */
    static Stream<Arguments> needs() {
        return Stream.of(Stage.values()).flatMap(s -> MigrationLifecycle.needs(s).stream().map(m -> Arguments.of(s, m)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("needs")
    void aStageWithoutAMilestoneItNeedsIsRefusedNamingTheCommandThatRecordsIt(Stage stage, Milestone missing) {
        Set<Milestone> others = EnumSet.copyOf(MigrationLifecycle.needs(stage));
        others.remove(missing);
        GuardRailException e = refused(stage, others.toArray(Milestone[]::new));
        assertTrue(e.getMessage().contains("stage '" + stage.yamlName() + "' is not allowed yet"), e.getMessage());
        assertEquals(1, e.getMessage().lines().filter(l -> l.startsWith("  - ")).count(), e.getMessage());
        assertTrue(e.getMessage().contains("the ledger has no " + missing.step()), e.getMessage());
        MigrationSpec spec = SpecFixture.demo(dir, stage);
        for (var c : MigrationLifecycle.restoring(missing)) {
            assertTrue(e.getMessage().contains(c.exists() ? "`" + c.render(spec) + "`" : c.template()), e.getMessage());
        }
    }

    @Test
    void anEmptyLedgerAllowsDefineAndProvision() {
        assertDoesNotThrow(() -> GuardRails.check(SpecFixture.demo(dir, Stage.DEFINE), MigrationState.empty()));
        assertDoesNotThrow(() -> GuardRails.check(SpecFixture.demo(dir, Stage.PROVISION), MigrationState.empty()));
    }

    @Test
    void connectBeforeTheTargetIsProvisionedNamesTheDeployAtStageProvisionThenTheRunnerCheck() {
        GuardRailException e = refused(Stage.CONNECT);
        assertTrue(e.getMessage().contains("set `stage: provision` in "), e.getMessage());
        assertTrue(e.getMessage().contains("then `cdktf deploy local-demo-target`, then `zkmig provisioned "), e.getMessage());
        assertTrue(e.getMessage().contains("stage 'connect' is not allowed yet"), e.getMessage());
    }

    @Test
    void disconnectWhileTargetObservesNamesTheSplit() {
        GuardRailException e = refused(Stage.DISCONNECT, TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                CUTOVER_COMPLETE, Milestone.LEGACY_QUIET);
        assertTrue(e.getMessage().contains("target servers still follow the legacy leader"), e.getMessage());
        assertTrue(e.getMessage().contains("`zkmig split "), e.getMessage());
        assertEquals(1, e.getMessage().lines().filter(l -> l.startsWith("  - ")).count(), e.getMessage());
    }

    @Test
    void destroyingTheLegacyStackNeedsTheSnapshotsThatDecommissionTakes() {
        GuardRailException e = refused(Stage.DECOMMISSION, TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                CUTOVER_COMPLETE, SPLIT_COMPLETE, Milestone.LEGACY_QUIET, Milestone.DISCONNECTED);
        assertTrue(e.getMessage().contains("snapshots are verified"), e.getMessage());
        assertTrue(e.getMessage().contains("run `zkmig decommission --confirm local-demo "), e.getMessage());
        assertEquals(1, e.getMessage().lines().filter(l -> l.startsWith("  - ")).count(), e.getMessage());
    }

    @Test
    void theDisconnectStageNeedsTheQuietPeriodSeenOnTheLegacyServers() {
        GuardRailException e = refused(Stage.DISCONNECT, TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                CUTOVER_COMPLETE, SPLIT_COMPLETE);
        assertTrue(e.getMessage().contains("which the bridge's removal cuts off"), e.getMessage());
        assertTrue(e.getMessage().contains("run `zkmig quiet "), e.getMessage());
        assertEquals(1, e.getMessage().lines().filter(l -> l.startsWith("  - ")).count(), e.getMessage());
    }

    @Test
    void aRolledBackMilestoneNoLongerCounts() {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.DECOMMISSION);
        SpecFixture.record(spec, Milestone.values());
        SpecFixture.rollBack(spec, SNAPSHOTS_COMPLETE);
        GuardRailException e = assertThrows(GuardRailException.class, () -> GuardRails.check(spec, recorded(spec)));
        assertTrue(e.getMessage().contains("the ledger has no " + SNAPSHOTS_COMPLETE.step()), e.getMessage());
    }

    @Test
    void movingBackBeforeTheBridgeWhileObservingIsRefusedNamingTheRollback() {
        GuardRailException e = refused(Stage.PROVISION, TARGET_PROVISIONED, TARGET_OBSERVING);
        assertTrue(e.getMessage().contains("which this stage removes"), e.getMessage());
        assertTrue(e.getMessage().contains("run `zkmig rollback "), e.getMessage());
    }

    @Test
    void defineAfterTheSplitWouldDestroyTheEnsemble() {
        GuardRailException e = refused(Stage.DEFINE, Milestone.values());
        assertTrue(e.getMessage().contains("the target cluster is the ensemble now"), e.getMessage());
    }

    @Test
    void rollingBackToProvisionBeforeObservingIsAllowed() {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.PROVISION);
        SpecFixture.record(spec, TARGET_PROVISIONED);
        assertDoesNotThrow(() -> GuardRails.check(spec, recorded(spec)));
    }
}
