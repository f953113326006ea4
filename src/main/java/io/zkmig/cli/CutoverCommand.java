package io.zkmig.cli;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.cutover.Cutover;
import io.zkmig.runner.cutover.CutoverProgress;
import io.zkmig.runner.cutover.GroupProgress;
import io.zkmig.spec.ClientGroup;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zkmig cutover mark|unmark <spec> <group>}: record a client group as moved to the target, or not. */
@Command(name = "cutover", mixinStandardHelpOptions = true,
        description = "Record client groups as moved to the target (after their rolling restart with the target "
                + "connect string) or take that back. Groups with a fixed connect string must all be marked before the split.",
        subcommands = {CutoverCommand.Mark.class, CutoverCommand.Unmark.class})
final class CutoverCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "mark", mixinStandardHelpOptions = true,
            description = "Record a group as moved, with time and reason. Refused while its sessions remain on legacy "
                    + "servers (for a fixed-connect-string group), unless --force.")
    static final class Mark implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SpecParameter migration;

        @Parameters(index = "1", paramLabel = "<group>", description = "A client group of the spec (clients[].name).")
        String group;

        @Option(names = "--reason", defaultValue = "", description = "Why, e.g. the change ticket of the rolling restart.")
        String reason;

        @Option(names = "--force", description = "Mark although sessions of the group remain on legacy servers.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            return record(migration, RunnerCommand.CUTOVER_MARK, group, ctx -> Cutover.mark(ctx, group, reason, force));
        }
    }

    @Command(name = "unmark", mixinStandardHelpOptions = true, description = "Record a group as not moved (moved back).")
    static final class Unmark implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SpecParameter migration;

        @Parameters(index = "1", paramLabel = "<group>", description = "A client group of the spec (clients[].name).")
        String group;

        @Option(names = "--reason", defaultValue = "", description = "Why.")
        String reason;

        @Override
        public Integer call() throws Exception {
            return record(migration, RunnerCommand.CUTOVER_UNMARK, group, ctx -> Cutover.unmark(ctx, group, reason));
        }
    }

    interface Action {
        GroupProgress apply(MigrationContext ctx) throws Exception;
    }

    static int record(SpecParameter migration, RunnerCommand command, String group, Action action) throws Exception {
        MigrationSpec m = migration.spec();
        if (m.clientGroup(group).isEmpty()) {
            throw new NotInSpecException(migration.file() + " names no client group '" + group + "'; its groups: "
                    + String.join(", ", m.clients().stream().map(ClientGroup::name).toList()));
        }
        PrintStream out = migration.out();
        try (SpecParameter.RunnerSession runner = migration.openRunner(command)) {
            GroupProgress g = action.apply(runner.context());
            out.printf("%s: %s%s%n", g.group(), g.state(), g.marked() ? " (recorded " + g.markedAt() + ")" : "");
            g.findings().forEach(f -> out.println("WARN " + f));
            out.println("cutover: " + CutoverProgress.fromLedger(m, runner.state()));
            return ExitCodes.OK;
        }
    }
}
