package io.zkmig.runner.lifecycle;

import static io.zkmig.runner.ledger.Milestone.CUTOVER_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.SPLIT_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.TARGET_OBSERVING;
import static io.zkmig.runner.ledger.Milestone.TARGET_PROVISIONED;
import static io.zkmig.runner.ledger.Milestone.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecLoader;
import io.zkmig.spec.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table, read the way the runner, the CDKTF app and status read it, over ledgers written for real. */
class MigrationLifecycleTest {
    private static final Path DEMO = Path.of(System.getProperty("zkmig.home", ".")).resolve("stacks/examples/local.yaml");

    @TempDir
    Path dir;

    private MigrationSpec spec(Stage stage) throws Exception {
        Path file = dir.resolve("local-demo.yaml");
        Files.writeString(file, Files.readString(DEMO).replace("stage: define", "stage: " + stage.yamlName())
                .replace("dir: ../../.zkmig/local-demo", "dir: state"));
        return SpecLoader.load(file);
    }

    /** A ledger in which these steps were recorded DONE, in order ("milestone.x" or any step name). */
    private MigrationState ledger(String... steps) {
        try (FileLedger l = FileLedger.open(dir.resolve("state"))) {
            for (String s : steps) {
                l.append(s.equals(Recorded.SPLIT_RECONFIG) ? LedgerEntry.reconfig(StepNames.SPLIT, "11", Map.of())
                        : LedgerEntry.step(s, "", LedgerEntry.Status.DONE, Map.of()));
            }
            return l.state();
        }
    }

    private static String[] steps(Milestone... ms) {
        return Stream.of(ms).map(Milestone::step).toArray(String[]::new);
    }

    // ---- the table itself

    @Test
    void everyMilestoneIsRecordedByExactlyOneStageAndHasACommandThatBringsItAbout() {
        for (Milestone m : Milestone.values()) {
            long gates = MigrationLifecycle.GATES.values().stream().filter(g -> g.milestone() == m).count();
            assertEquals(1, MigrationLifecycle.STAGES.stream().filter(r -> r.records() == m).count() + gates, m.name());
            assertFalse(MigrationLifecycle.restoring(m).isEmpty(), m.name());
        }
    }

    @Test
    void everyStageThatRecordsSomethingHasAWayBackExceptDecommissionThePointOfNoReturn() {
        for (MigrationLifecycle.StageRow r : MigrationLifecycle.STAGES) {
            if (r.stage() == Stage.DECOMMISSION || r.stage() == Stage.DEFINE) {
                assertNull(r.wayBack(), r.stage().name());
            } else {
                assertNotNull(r.wayBack(), r.stage().name());
            }
        }
        assertEquals(List.of(Stage.values()), MigrationLifecycle.STAGES.stream().map(MigrationLifecycle.StageRow::stage).toList(),
                "one row per stage, in the order a migration passes them");
    }

    @Test
    void aStageNeedsOnlyMilestonesOfEarlierStages() {
        for (Stage s : Stage.values()) {
            for (Milestone m : MigrationLifecycle.needs(s)) {
                boolean ownGate = MigrationLifecycle.GATES.containsKey(s) && MigrationLifecycle.GATES.get(s).milestone() == m;
                assertTrue(MigrationLifecycle.stageOf(m).compareTo(s) < 0 || m == Milestone.SNAPSHOTS_COMPLETE || ownGate,
                        s + " needs " + m + " of a later stage");
            }
        }
    }

    @Test
    void theSplitNeedsVerifiedAsTheStacksDo() {
        assertEquals(EnumSet.of(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED), MigrationLifecycle.needs(Stage.SPLIT));
    }

    @Test
    void theLastTwoStagesAreBroughtAboutByQuietDisconnectedAndDecommission() {
        assertEquals(List.of(Commands.QUIET), MigrationLifecycle.restoring(Milestone.LEGACY_QUIET));
        assertEquals(List.of(Commands.QUIET, Commands.DEPLOY_DISCONNECT, Commands.DISCONNECTED),
                MigrationLifecycle.restoring(Milestone.DISCONNECTED));
        assertEquals(List.of(Commands.SNAPSHOT_LEGACY), MigrationLifecycle.restoring(Milestone.SNAPSHOTS_COMPLETE));
        assertEquals(Milestone.LEGACY_QUIET, MigrationLifecycle.recordedBy(RunnerCommand.QUIET));
        assertEquals(Milestone.DISCONNECTED, MigrationLifecycle.recordedBy(RunnerCommand.DISCONNECTED));
        assertEquals(List.of(Milestone.DISCONNECTED, Milestone.LEGACY_QUIET, Milestone.SPLIT_COMPLETE),
                MigrationLifecycle.withdrawnBy(RunnerCommand.SPLIT_ROLLBACK), "a split rollback undoes a disconnect too");
        assertEquals(List.of(Milestone.LEGACY_QUIET), MigrationLifecycle.withdrawnBy(RunnerCommand.QUIET));
    }

    // ---- refusals of the runner's commands

    static Stream<Arguments> forwardNeeds() {
        return Stream.of(RunnerCommand.values()).filter(RunnerCommand::forward)
                .flatMap(c -> MigrationLifecycle.needs(c.stage()).stream().filter(m -> m != MigrationLifecycle.recordedBy(c))
                        .map(m -> Arguments.of(c, m)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("forwardNeeds")
    void aCommandWithoutAMilestoneItsStageNeedsIsRefusedNamingTheCommandToRunFirst(RunnerCommand c, Milestone missing)
            throws Exception {
        Set<Milestone> others = EnumSet.copyOf(MigrationLifecycle.needs(c.stage()));
        others.remove(missing);
        MigrationSpec spec = spec(Stage.SPLIT);
        Refusal e = assertThrows(Refusal.class, () -> MigrationLifecycle.check(c, spec,
                ledger(steps(others.toArray(Milestone[]::new)))));
        assertTrue(e.getMessage().startsWith("`" + c.label() + "` is not allowed yet"), e.getMessage());
        assertEquals(1, e.reasons().size(), e.getMessage());
        assertTrue(e.getMessage().contains("the ledger has no " + missing.step()), e.getMessage());
        Command last = MigrationLifecycle.restoring(missing).get(MigrationLifecycle.restoring(missing).size() - 1);
        assertTrue(e.getMessage().contains("`" + last.render(spec) + "` first"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(RunnerCommand.class)
    void withWhatItsStageNeedsRecordedACommandIsAllowed(RunnerCommand c) throws Exception {
        MigrationState state = ledger(steps(MigrationLifecycle.needs(c.stage()).toArray(Milestone[]::new)));
        assertEquals(List.of(), MigrationLifecycle.refusals(c, spec(Stage.OBSERVE), state));
    }

    @Test
    void observeWithoutProvisionedRecordedIsRefusedNamingProvisioned() throws Exception {
        MigrationSpec spec = spec(Stage.OBSERVE);
        Refusal e = assertThrows(Refusal.class, () -> MigrationLifecycle.check(RunnerCommand.OBSERVE, spec, ledger()));
        assertTrue(e.getMessage().contains("`zkmig provisioned " + Command.specPath(spec) + "` first"), e.getMessage());
    }

    @Test
    void everyWayBackOfAStageBeforeTheSplitIsRefusedWhileTheSplitIsInEffectNamingTheSplitRollback() throws Exception {
        MigrationSpec spec = spec(Stage.SPLIT);
        ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED));
        MigrationState begun = ledger(Recorded.SPLIT_RECONFIG);
        for (RunnerCommand c : RunnerCommand.values()) {
            if (!c.forward() && c.stage().compareTo(Stage.SPLIT) < 0) {
                List<String> reasons = MigrationLifecycle.refusals(c, spec, begun);
                assertEquals(1, reasons.size(), c + ": " + reasons);
                assertTrue(reasons.get(0).endsWith("run `zkmig split --rollback " + Command.specPath(spec) + "` first"),
                        c + ": " + reasons);
            }
        }
        assertEquals(List.of(), MigrationLifecycle.refusals(RunnerCommand.SPLIT_ROLLBACK, spec, begun));
        assertEquals(List.of(), MigrationLifecycle.refusals(RunnerCommand.SPLIT, spec, begun), "the split continues");
        assertEquals(1, MigrationLifecycle.refusals(RunnerCommand.SPLIT_STATIC, spec, begun).size());
        assertEquals(1, MigrationLifecycle.refusals(RunnerCommand.OBSERVE, spec, begun).size());
    }

    @Test
    void afterTheSplitRollbackTheWayBackGoesOnWithTheObserveRollback() throws Exception {
        MigrationSpec spec = spec(Stage.SPLIT);
        ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED));
        ledger(Recorded.SPLIT_RECONFIG, SPLIT_COMPLETE.step());
        try (FileLedger l = FileLedger.open(dir.resolve("state"))) {
            MigrationLifecycle.withdraw(l, RunnerCommand.SPLIT_ROLLBACK, Map.of());
        }
        MigrationState back = ledger(Recorded.SPLIT_ROLLBACK_CONFIRM);
        assertEquals(List.of(), MigrationLifecycle.refusals(RunnerCommand.ROLLBACK, spec, back));
        assertFalse(back.has(SPLIT_COMPLETE));
    }

    @Test
    void afterAStaticSplitNoWayBackIsOfferedAndNoneIsAllowed() throws Exception {
        MigrationSpec spec = spec(Stage.SPLIT);
        ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED));
        MigrationState done = ledger(Recorded.STATIC_SPLIT_CONFIRM, SPLIT_COMPLETE.step());
        for (RunnerCommand c : RunnerCommand.values()) {
            if (!c.forward()) {
                List<String> reasons = MigrationLifecycle.refusals(c, spec, done);
                assertEquals(1, reasons.size(), c + ": " + reasons);
                assertTrue(reasons.get(0).contains("no way back"), reasons.get(0));
                assertFalse(reasons.get(0).contains("` first"), "nothing to run first: " + reasons.get(0));
            }
        }
        assertEquals(1, MigrationLifecycle.refusals(RunnerCommand.SPLIT, spec, done).size());
        Position p = MigrationLifecycle.position(spec, done, Set.of(), MigrationLifecycle.Groups.NONE);
        assertNull(p.wayBack().command(), p.toString());
        assertTrue(p.wayBack().why().startsWith("none: the split was static"), p.toString());
    }

    // ---- withdrawal, in one place

    @Test
    void theObserveRollbackWithdrawsCutoverVerifiedAndObservingLatestFirstAndOnlyThoseInEffect() throws Exception {
        ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED));
        try (FileLedger l = FileLedger.open(dir.resolve("state"))) {
            assertEquals(List.of(CUTOVER_COMPLETE, VERIFIED, TARGET_OBSERVING), MigrationLifecycle.withdrawnBy(RunnerCommand.ROLLBACK));
            List<Milestone> withdrawn = MigrationLifecycle.withdraw(l, RunnerCommand.ROLLBACK, Map.of("reason", "rollback"));
            assertEquals(List.of(VERIFIED, TARGET_OBSERVING), withdrawn);
            assertEquals(Set.of(TARGET_PROVISIONED), l.state().milestones());
            LedgerEntry last = l.entries().get(l.entries().size() - 1);
            assertEquals(LedgerEntry.Status.ROLLED_BACK, last.status());
            assertEquals("rollback", last.details().get("reason"));
        }
    }

    @Test
    void aFailedVerifyWithdrawsVerifiedAsFailed() throws Exception {
        ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED));
        try (FileLedger l = FileLedger.open(dir.resolve("state"))) {
            assertEquals(List.of(VERIFIED), MigrationLifecycle.withdraw(l, RunnerCommand.VERIFY, Map.of("reason", "3 differences")));
            assertEquals(LedgerEntry.Status.FAILED, l.entries().get(l.entries().size() - 1).status());
            assertFalse(l.state().has(VERIFIED));
        }
    }

    // ---- where the migration is, what comes next, the way back

    record Expect(String name, List<String> steps, String stage, String state, String next, String then, String wayBack) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Expect> positions() {
        String p = "milestone.target-provisioned";
        String o = "milestone.target-observing";
        String v = "milestone.verified";
        String c = "milestone.cutover-complete";
        String s = "milestone.split-complete";
        String q = "milestone.legacy-quiet";
        String d = "milestone.disconnected";
        return Stream.of(
                new Expect("nothing recorded", List.of(), "define", "defined", "cdktf deploy local-demo-target",
                        "zkmig provisioned SPEC", null),
                new Expect("provisioned", List.of(p), "provision", "provisioned",
                        "cdktf deploy local-demo-target local-demo-bridge local-demo-bridge-aws", "zkmig observe SPEC",
                        "cdktf deploy local-demo-target"),
                new Expect("observing", List.of(p, o), "observe", "observing", "zkmig verify SPEC", null,
                        "zkmig rollback SPEC"),
                new Expect("verified", List.of(p, o, v), "verify", "verified", "zkmig cutover mark SPEC orders-api", null,
                        "zkmig rollback SPEC"),
                new Expect("cutover complete", List.of(p, o, v, c), "cutover", "cutover complete", "zkmig split SPEC", null,
                        "zkmig cutover unmark SPEC orders-api"),
                new Expect("a verify failed after the cutover", List.of(p, o, c), "cutover", "cutover complete",
                        "zkmig verify SPEC", null, "zkmig cutover unmark SPEC orders-api"),
                new Expect("split paused", List.of(p, o, v, c, Recorded.SPLIT_RECONFIG), "split", "split in progress",
                        "zkmig split SPEC", null, "zkmig split --rollback SPEC"),
                new Expect("split complete", List.of(p, o, v, c, Recorded.SPLIT_RECONFIG, s), "split", "split complete",
                        "zkmig quiet SPEC", null, "zkmig split --rollback SPEC"),
                new Expect("quiet after the split", List.of(p, o, v, c, Recorded.SPLIT_RECONFIG, s, q), "split",
                        "split complete", "cdktf deploy local-demo-bridge-aws local-demo-bridge local-demo-target",
                        "zkmig disconnected SPEC", "zkmig split --rollback SPEC"),
                new Expect("disconnected", List.of(p, o, v, c, Recorded.SPLIT_RECONFIG, s, q, d), "disconnect",
                        "disconnected", "zkmig decommission --confirm local-demo SPEC", null,
                        "cdktf deploy local-demo-target local-demo-bridge local-demo-bridge-aws"),
                new Expect("split complete with a group left behind (--force)", List.of(p, o, v, Recorded.SPLIT_RECONFIG, s),
                        "split", "split complete", "zkmig cutover mark SPEC orders-api", null, "zkmig split --rollback SPEC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positions")
    void statusSaysWhereTheMigrationIsTheNextCommandAndTheWayBack(Expect x) throws Exception {
        MigrationSpec spec = spec(Stage.OBSERVE);
        String path = Command.specPath(spec);
        Position pos = MigrationLifecycle.position(spec, ledger(x.steps().toArray(String[]::new)), Set.of(),
                new MigrationLifecycle.Groups("orders-api", "orders-api"));
        assertEquals(x.stage(), pos.stage(), pos.toString());
        assertTrue(pos.state().startsWith(x.state()), pos.toString());
        assertEquals(x.next().replace("SPEC", path), pos.next().get(0).command(), pos.toString());
        if (x.then() != null) {
            assertEquals(x.then().replace("SPEC", path), pos.next().get(1).command(), pos.toString());
        }
        if (x.wayBack() == null) {
            assertNull(pos.wayBack(), pos.toString());
        } else {
            assertEquals(x.wayBack().replace("SPEC", path), pos.wayBack().command(), pos.toString());
        }
    }

    @Test
    void aSplitCompleteIsSaidSoAndItsNextStepIsTheDisconnectAtItsStage() throws Exception {
        MigrationSpec spec = spec(Stage.SPLIT);
        Position pos = MigrationLifecycle.position(spec, ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                CUTOVER_COMPLETE, SPLIT_COMPLETE)), Set.of(), MigrationLifecycle.Groups.NONE);
        assertEquals("split complete: the target cluster is the ensemble", pos.state());
        assertEquals("`zkmig quiet " + Command.specPath(spec) + "`", pos.next().get(0).instruction());
        assertEquals(1, pos.next().size(), pos.toString());

        Position quiet = MigrationLifecycle.position(spec, ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                CUTOVER_COMPLETE, SPLIT_COMPLETE, Milestone.LEGACY_QUIET)), Set.of(), MigrationLifecycle.Groups.NONE);
        assertEquals("set `stage: disconnect` in " + Command.specPath(spec) + ", then `cdktf deploy local-demo-bridge-aws"
                + " local-demo-bridge local-demo-target`", quiet.next().get(0).instruction(), quiet.toString());
        assertEquals("`zkmig disconnected " + Command.specPath(spec) + "`", quiet.next().get(1).instruction());
        assertEquals(2, quiet.next().size(), "the quiet check is not advised again once recorded: " + quiet);
    }

    @Test
    void aContradictedMilestoneNoLongerCountsAndItsRestoringCommandComesFirst() throws Exception {
        MigrationSpec spec = spec(Stage.VERIFY);
        Position pos = MigrationLifecycle.position(spec, ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED)),
                Set.of(TARGET_OBSERVING), MigrationLifecycle.Groups.NONE);
        assertEquals(1, pos.contradicted().size(), pos.toString());
        assertEquals("milestone.target-observing", pos.contradicted().get(0).milestone());
        assertEquals("run `zkmig observe " + Command.specPath(spec) + "`", pos.contradicted().get(0).restore());
        assertEquals("zkmig observe " + Command.specPath(spec), pos.next().get(0).command(), pos.toString());
        assertFalse(pos.milestones().contains("milestone.target-observing"), pos.toString());
    }

    @Test
    void aLegacyWithoutDynamicReconfigurationIsToldToSplitStatically() throws Exception {
        Path file = dir.resolve("local-demo.yaml");
        MigrationSpec spec = spec(Stage.CUTOVER);
        Files.writeString(file, Files.readString(file).replace("version: 3.8.4", "version: 3.4.14"));
        MigrationSpec old = SpecLoader.load(file);
        Position pos = MigrationLifecycle.position(old, ledger(steps(TARGET_PROVISIONED, TARGET_OBSERVING, VERIFIED,
                CUTOVER_COMPLETE)), Set.of(), MigrationLifecycle.Groups.NONE);
        assertEquals("zkmig split --static " + Command.specPath(spec), pos.next().get(0).command());
    }
}
