package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.lifecycle.Command;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.Position;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code zkmig status} prints of the lifecycle, for a migration whose split is complete. */
class LifecyclePrinterTest {
    @TempDir
    Path dir;

    private MigrationSpec splitDone() throws Exception {
        Path file = dir.resolve("local-demo.yaml");
        Files.writeString(file, Files.readString(Path.of("stacks/examples/local.yaml")).replace("stage: define", "stage: split")
                .replace("dir: ../../.zkmig/local-demo", "dir: state"));
        MigrationSpec spec = SpecLoader.load(file);
        try (FileLedger l = FileLedger.open(spec.stateDir())) {
            for (Milestone m : new Milestone[] {Milestone.TARGET_PROVISIONED, Milestone.TARGET_OBSERVING, Milestone.VERIFIED,
                    Milestone.CUTOVER_COMPLETE}) {
                l.append(LedgerEntry.milestone(m, LedgerEntry.Status.DONE, Map.of()));
            }
            l.append(LedgerEntry.reconfig(StepNames.SPLIT, "11", Map.of()));
            l.append(LedgerEntry.milestone(Milestone.SPLIT_COMPLETE, LedgerEntry.Status.DONE, Map.of()));
        }
        return spec;
    }

    private static String print(java.util.function.Consumer<PrintWriter> p) {
        StringWriter w = new StringWriter();
        PrintWriter out = new PrintWriter(w);
        p.accept(out);
        out.flush();
        return w.toString();
    }

    @Test
    void afterTheSplitStatusSaysSplitCompleteNamesTheQuietPeriodNextAndTheSplitRollbackBack() throws Exception {
        MigrationSpec spec = splitDone();
        MigrationState state = FileLedger.readOnly(spec.stateDir()).state();
        Position p = MigrationLifecycle.position(spec, state, Set.of(), MigrationLifecycle.Groups.NONE);
        String text = print(out -> LifecyclePrinter.position(p, out));
        System.out.println(text);
        String path = Command.specPath(spec);
        assertTrue(text.startsWith("lifecycle: split complete: the target cluster is the ensemble\n"), text);
        assertTrue(text.contains("  next:     `zkmig quiet " + path + "`  (stage disconnect needs milestone.legacy-quiet:"),
                text);
        assertFalse(text.contains("  then:"), "nothing else until the quiet period is seen: " + text);
        assertTrue(text.contains("  way back: `zkmig split --rollback " + path + "`  (undoes split)"), text);
    }

    @Test
    void theTableHasEveryStageAndMarksWhereTheMigrationIs() throws Exception {
        MigrationSpec spec = splitDone();
        Position p = MigrationLifecycle.position(spec, FileLedger.readOnly(spec.stateDir()).state(), Set.of(),
                MigrationLifecycle.Groups.NONE);
        String text = print(out -> LifecyclePrinter.table(p, out));
        System.out.println(text);
        for (var r : MigrationLifecycle.STAGES) {
            assertTrue(text.contains((r.stage().yamlName().equals("split") ? "> " : "  ") + r.stage().yamlName() + "\n"), text);
        }
        assertEquals(1, text.lines().filter(l -> l.startsWith("> ")).count(), text);
        assertTrue(text.contains("      way back: zkmig split --rollback <spec>"), text);
        assertTrue(text.contains("zkmig rollback: milestone.cutover-complete, milestone.verified, milestone.target-observing"),
                text);
        assertTrue(text.contains("zkmig split --rollback: milestone.disconnected, milestone.legacy-quiet, milestone.split-complete"),
                text);
        assertTrue(text.contains("zkmig decommission --confirm <name> <spec>"), text);
    }

    @Test
    void docsRunnerMdShowsTheTableAsStatusPrintsItForANewMigration() throws Exception {
        Path file = dir.resolve("local-demo.yaml");
        Files.writeString(file, Files.readString(Path.of("stacks/examples/local.yaml"))
                .replace("dir: ../../.zkmig/local-demo", "dir: state"));
        MigrationSpec spec = SpecLoader.load(file);
        Position p = MigrationLifecycle.position(spec, MigrationState.empty(), Set.of(), MigrationLifecycle.Groups.NONE);
        String table = print(out -> LifecyclePrinter.table(p, out)).stripTrailing();
        String docs = Files.readString(Path.of("docs/runner.md"));
        assertTrue(docs.contains(table), "docs/runner.md must hold the table as status prints it:\n" + table);
    }
}
