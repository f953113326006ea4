package io.zkmig.cli;

import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.Command;
import io.zkmig.runner.lifecycle.Commands;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.Position;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.spec.Stage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How {@code zkmig status} shows the migration lifecycle: where the migration is and what comes next; the table. */
final class LifecyclePrinter {
    private LifecyclePrinter() {
    }

    /** Where the migration is, the next command (then the ones after it) and the way back. */
    static void position(Position p, PrintWriter out) {
        out.println("lifecycle: " + p.state());
        for (int i = 0; i < p.next().size(); i++) {
            Position.Advice a = p.next().get(i);
            out.printf("  %-9s %s  (%s)%n", i == 0 ? "next:" : "then:", a.instruction(), a.why());
        }
        if (p.wayBack() != null) {
            Position.Advice back = p.wayBack();
            out.printf("  %-9s %s%n", "way back:", back.instruction() == null ? back.why()
                    : back.instruction() + "  (" + back.why() + ")");
        }
        out.println();
    }

    /** The whole table, the stage the migration is at marked with {@code >}. */
    static void table(Position p, PrintWriter out) {
        out.println("migration lifecycle (`>` marks where this migration is; <spec> the spec file, <name> the migration):");
        for (MigrationLifecycle.StageRow r : MigrationLifecycle.STAGES) {
            out.println((r.stage().yamlName().equals(p.stage()) ? "> " : "  ") + r.stage().yamlName());
            List<String> needs = MigrationLifecycle.needs(r.stage()).stream().map(Milestone::step).toList();
            line(out, "needs:", needs.isEmpty() ? "-" : String.join(", ", needs));
            line(out, "by:", commands(r.by()) + (r.stage() == Stage.SPLIT ? "; " + Commands.SPLIT_STATIC
                    + " for a legacy without dynamic reconfiguration (3.4, or reconfigEnabled off)" : ""));
            if (r.records() != null) {
                line(out, "records:", r.records().step());
            }
            if (!r.after().isEmpty()) {
                line(out, "then:", commands(r.after()));
            }
            line(out, "way back:", r.wayBack() == null ? (r.stage() == Stage.DEFINE ? "-" : "none: the point of no return")
                    : r.wayBack().toString());
            for (MigrationLifecycle.StageForbid f : MigrationLifecycle.STAGE_FORBIDS) {
                if (f.stages().contains(r.stage())) {
                    line(out, "refused:", "while " + f.when() + ": " + f.why() + first(f.firstRun()));
                }
            }
        }
        out.println("  runner commands refused:");
        for (MigrationLifecycle.CommandForbid f : MigrationLifecycle.COMMAND_FORBIDS) {
            String which = f.commands().stream().map(RunnerCommand::label).collect(Collectors.joining(", "));
            out.println("      " + which);
            out.println("          while " + f.when() + ": " + f.why() + first(f.firstRun()));
        }
        out.println("  a forward command needs what its stage needs; milestones withdrawn:");
        for (RunnerCommand c : RunnerCommand.values()) {
            if (!c.forward() || c == RunnerCommand.VERIFY) {
                out.println("      " + c.label() + (c.forward() ? " when it fails" : "") + ": "
                        + MigrationLifecycle.withdrawnBy(c).stream().map(Milestone::step).collect(Collectors.joining(", ")));
            }
        }
        out.println();
    }

    private static void line(PrintWriter out, String label, String text) {
        out.printf("      %-9s %s%n", label, text);
    }

    private static String commands(List<Command> commands) {
        List<String> parts = new ArrayList<>();
        commands.forEach(c -> parts.add(c.toString()));
        return String.join(", then ", parts);
    }

    private static String first(Command c) {
        return c == null ? "" : " (first: " + c + ")";
    }
}
