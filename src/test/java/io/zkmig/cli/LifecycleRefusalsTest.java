package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.Recorded;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SpecFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every runner command asks the migration lifecycle before it touches anything: refused with exit 5, a message
 * naming the command to run first, and nothing written to the ledger. The servers here do not run: a refusal
 * must come before any of them is contacted.
 */
class LifecycleRefusalsTest {
    @TempDir
    Path dir;
    Path spec;
    String specPath;

    @BeforeEach
    void aMigrationWhoseServersAreNotRunning() {
        List<ServerSpec> legacy = new ArrayList<>();
        List<ServerSpec> target = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            legacy.add(new ServerSpec(1 + i, "127.0.1." + (240 + i), 2181, 2888, 3888, null, "3.8.4"));
            target.add(new ServerSpec(11 + i, "127.0.2." + (240 + i), 2181, 2888, 3888, null, "3.9.3"));
        }
        spec = SpecFixture.of(legacy, target).superPassword("refusal-test-secret")
                .client("orders-api", ClientGroup.Connection.FIXED, List.of("127.0.3.1"), List.of()).write(dir);
        specPath = spec.toString();
    }

    private void record(String... steps) {
        try (Ledger l = FileLedger.open(dir.resolve("state"))) {
            for (String s : steps) {
                l.append(s.equals(Recorded.SPLIT_RECONFIG) ? LedgerEntry.reconfig(StepNames.SPLIT, "11", Map.of())
                        : LedgerEntry.step(s, "", LedgerEntry.Status.DONE, Map.of()));
            }
        }
    }

    private List<LedgerEntry> ledger() {
        try (Ledger l = FileLedger.readOnly(dir.resolve("state"))) {
            return l.entries();
        }
    }

    private Cli refused(String... args) {
        List<LedgerEntry> before = Files.exists(dir.resolve("state")) ? ledger() : List.of();
        Cli r = Cli.run(args);
        assertEquals(ExitCodes.REFUSED, r.exitCode(), r.toString());
        assertEquals(before, ledger(), "a refusal writes nothing: " + r);
        assertFalse(r.out().contains("report"), "no report for what did not run: " + r);
        return r;
    }

    static Stream<Arguments> commandsOnAnEmptyLedger() {
        return Stream.of(
                Arguments.of(List.of("observe", "SPEC"), "zkmig provisioned SPEC", Milestone.TARGET_PROVISIONED),
                Arguments.of(List.of("verify", "SPEC"), "zkmig provisioned SPEC", Milestone.TARGET_PROVISIONED),
                Arguments.of(List.of("cutover", "mark", "SPEC", "orders-api"), "zkmig verify SPEC", Milestone.VERIFIED),
                Arguments.of(List.of("split", "SPEC"), "zkmig verify SPEC", Milestone.VERIFIED),
                Arguments.of(List.of("split", "--static", "SPEC"), "zkmig observe SPEC", Milestone.TARGET_OBSERVING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsOnAnEmptyLedger")
    void aCommandAheadOfTheLedgerIsRefusedNamingTheCommandToRunFirst(List<String> args, String first, Milestone missing) {
        Cli r = refused(args.stream().map(a -> a.replace("SPEC", specPath)).toArray(String[]::new));
        assertTrue(r.err().contains("is not allowed yet"), r.toString());
        assertTrue(r.err().contains("`" + first.replace("SPEC", specPath) + "` first"), r.toString());
        assertTrue(r.err().contains("the ledger has no " + missing.step()), r.toString());
    }

    @Test
    void observeWithoutProvisionedRecordedIsRefusedBeforeAnyServerIsTouched() {
        Cli r = refused("observe", specPath, "--no-progress");
        assertTrue(r.err().startsWith("zkmig: `zkmig observe` is not allowed yet:"), r.toString());
        assertFalse(r.out().contains("observe itest:"), "no header for what did not run: " + r);
    }

    @Test
    void whileTheSplitIsInEffectTheWaysBackOfEarlierStagesNameTheSplitRollback() {
        record(Milestone.TARGET_PROVISIONED.step(), Milestone.TARGET_OBSERVING.step(), Milestone.VERIFIED.step(),
                Recorded.SPLIT_RECONFIG);
        for (String[] args : List.of(new String[] {"rollback", specPath}, new String[] {"observe", "--rollback", specPath},
                new String[] {"cutover", "unmark", specPath, "orders-api"}, new String[] {"observe", specPath},
                new String[] {"split", "--static", specPath})) {
            Cli r = refused(args);
            assertTrue(r.err().contains("run `zkmig split --rollback " + specPath + "` first"), r.toString());
        }
    }

    @Test
    void afterAStaticSplitThereIsNoWayBackAndNoCommandIsNamed() {
        record(Milestone.TARGET_PROVISIONED.step(), Milestone.TARGET_OBSERVING.step(), Milestone.VERIFIED.step(),
                Recorded.STATIC_SPLIT_CONFIRM, Milestone.SPLIT_COMPLETE.step());
        for (String[] args : List.of(new String[] {"split", "--rollback", specPath}, new String[] {"rollback", specPath},
                new String[] {"split", specPath})) {
            Cli r = refused(args);
            assertFalse(r.err().contains("` first"), "nothing to run first: " + r);
        }
        assertTrue(refused("rollback", specPath).err().contains("no way back"));
    }

    @Test
    void theRefusalsAreTheLifecycleTables() throws Exception {
        var m = io.zkmig.spec.SpecLoader.load(spec);
        String expected = String.join("\n  - ", MigrationLifecycle.refusals(RunnerCommand.SPLIT, m,
                io.zkmig.runner.ledger.MigrationState.empty()));
        Cli r = refused("split", specPath);
        assertTrue(r.err().contains(expected), "the message is the table's:\n" + expected + "\n" + r);
    }
}
