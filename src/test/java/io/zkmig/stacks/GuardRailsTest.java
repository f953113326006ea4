package io.zkmig.stacks;

import static io.zkmig.runner.ledger.Milestone.CUTOVER_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.SNAPSHOTS_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.SPLIT_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.TARGET_OBSERVING;
import static io.zkmig.runner.ledger.Milestone.TARGET_PROVISIONED;
import static io.zkmig.runner.ledger.Milestone.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The guard rails read the runner's ledger files, written here the way the runner writes them. */
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
    void everyStageSynthesizesOnceItsMilestonesAreRecorded(Stage stage) {
        MigrationSpec spec = SpecFixture.demo(dir, stage);
        SpecFixture.record(spec, SpecFixture.reached(stage));
        assertDoesNotThrow(() -> GuardRails.check(spec, recorded(spec)));
    }

    @Test
    void anEmptyLedgerAllowsDefineAndProvision() {
        assertDoesNotThrow(() -> GuardRails.check(SpecFixture.demo(dir, Stage.DEFINE), MigrationState.empty()));
        assertDoesNotThrow(() -> GuardRails.check(SpecFixture.demo(dir, Stage.PROVISION), MigrationState.empty()));
    }

    @Test
    void connectBeforeTheTargetIsProvisionedNamesTheDeploy() {
        GuardRailException e = refused(Stage.CONNECT);
        assertTrue(e.getMessage().contains("`cdktf deploy local-demo-target`"), e.getMessage());
        assertTrue(e.getMessage().contains("stage 'connect' is not allowed yet"), e.getMessage());
    }

    @Test
    void disconnectWhileTargetObservesNamesTheSplit() {
        GuardRailException e = refused(Stage.DISCONNECT, TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                CUTOVER_COMPLETE);
        assertTrue(e.getMessage().contains("target servers still follow the legacy leader"), e.getMessage());
        assertTrue(e.getMessage().contains("`zkmig split "), e.getMessage());
        assertEquals(1, e.getMessage().lines().filter(l -> l.startsWith("  - ")).count(), e.getMessage());
    }

    @Test
    void disconnectBeforeFixedClientsMovedNamesTheCutover() {
        GuardRailException e = refused(Stage.DISCONNECT, TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                SPLIT_COMPLETE);
        assertTrue(e.getMessage().contains("`zkmig cutover mark "), e.getMessage());
    }

    @Test
    void decommissionNeedsSplitAndSnapshots() {
        GuardRailException e = refused(Stage.DECOMMISSION, TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                CUTOVER_COMPLETE);
        assertTrue(e.getMessage().contains("`zkmig split "), e.getMessage());
        assertTrue(e.getMessage().contains("`zkmig decommission --snapshot "), e.getMessage());

        GuardRailException onlySnapshots = refused(Stage.DECOMMISSION, TARGET_PROVISIONED, TARGET_OBSERVING,
                VERIFIED, CUTOVER_COMPLETE, SPLIT_COMPLETE);
        assertTrue(onlySnapshots.getMessage().contains("snapshots are verified"), onlySnapshots.getMessage());
    }

    @Test
    void aRolledBackMilestoneNoLongerCounts() {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.DECOMMISSION);
        SpecFixture.record(spec, Milestone.values());
        SpecFixture.rollBack(spec, SNAPSHOTS_COMPLETE);
        GuardRailException e = assertThrows(GuardRailException.class, () -> GuardRails.check(spec, recorded(spec)));
        assertTrue(e.getMessage().contains("zkmig decommission --snapshot"), e.getMessage());
    }

    @Test
    void movingBackBeforeTheBridgeWhileObservingIsRefused() {
        GuardRailException e = refused(Stage.PROVISION, TARGET_PROVISIONED, TARGET_OBSERVING);
        assertTrue(e.getMessage().contains("which this stage removes"), e.getMessage());
        assertTrue(e.getMessage().contains("`zkmig observe --rollback "), e.getMessage());
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
