package io.zkmig.cli;

import io.zkmig.nodes.NodeControl;
import io.zkmig.nodes.NodeControls;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.runner.split.ClientImpactProbe;
import io.zkmig.runner.split.PlainClientProbe;
import io.zkmig.runner.split.Split;
import io.zkmig.runner.split.SplitOptions;
import io.zkmig.runner.split.SplitReport;
import io.zkmig.runner.split.StaticSplit;
import io.zkmig.runner.split.WorkloadProbe;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zkmig split <spec>}: the target cluster takes over from the legacy ensemble. Dynamic by default
 * (zero downtime, one announced leader change); {@code --static} for legacy ensembles without dynamic
 * reconfiguration; {@code --rollback} makes the legacy servers the ensemble again after a dynamic split.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"Hand the ensemble over to the target servers with dynamic reconfiguration: promote them to "
                + "participants one at a time (each reconfig guarded by the config version read just before it), remove "
                + "the legacy followers, then, after announcing it and naming the sessions that hold leader latches, the "
                + "legacy leader: the one leader change of the migration. The legacy servers keep serving as non-voting "
                + "followers (the rollback window). Prints the split report (client impact, leader changes) and keeps it "
                + "in the ledger. Re-running resumes; every step already in effect is skipped.",
            "Exits 0 when complete or paused (--pause-before-leader), 1 when a step failed (rerun to resume), 5 when the "
                + "ledger does not allow it."})
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--static", description = "Static split (legacy 3.4.x or reconfigEnabled=false): stop every "
                + "target server, rewrite it to a target-only membership, start them. Costs an outage, measured and "
                + "printed; no rollback afterwards (docs/split.md).")
        boolean staticSplit;

        @Option(names = "--rollback", description = "After a dynamic split (complete, paused or failed), while the legacy "
                + "servers still run: promote them back one at a time and remove the target servers, the target leader last.")
        boolean rollback;
    }

    @Option(names = "--pause-before-leader", description = "Stop right before the leader change (after announcing it), "
            + "so operators can pick the moment; the same command run again continues.")
    boolean pauseBeforeLeader;

    @Option(names = "--force", split = ",", paramLabel = "<group>", description = "Client groups with a fixed connect "
            + "string (every group for --static) that have not moved and may be left behind knowingly.")
    List<String> force = List.of();

    @Option(names = "--no-probe", description = "Do not run the client-impact probe (a writer, a reader and a LeaderLatch "
            + "group of 3 under /zkmig-split-probe, removed afterwards).")
    boolean noProbe;

    @Option(names = "--manual-timeout", defaultValue = "60m", converter = DurationConverter.class,
            description = "--static with nodes.mode manual: how long to wait for each change. Default: ${DEFAULT-VALUE}.")
    Duration manualTimeout;

    @Override
    public Integer call() throws Exception {
        MigrationSpec m = migration.spec();
        PrintStream out = migration.out();
        RunnerCommand command = mode.rollback ? RunnerCommand.SPLIT_ROLLBACK
                : mode.staticSplit ? RunnerCommand.SPLIT_STATIC : RunnerCommand.SPLIT;
        // the static split's node control first: its ssh key, if missing, refuses before the ledger and its lock exist
        try (NodeControl staticNodes = mode.staticSplit ? NodeControls.forSpec(m, out, manualTimeout) : null;
             SpecParameter.RunnerSession runner = migration.openRunner(command)) {
            MigrationContext ctx = runner.context();
            SplitOptions options = SplitOptions.defaults().withPauseBeforeLeader(pauseBeforeLeader).withForce(force);
            SplitReport report;
            if (mode.rollback) {
                report = Split.rollback(ctx, options.withProbe(probe(ConnectString.of(m.legacy().servers()), true)));
            } else if (mode.staticSplit) {
                // a probe in 3.4's protocol: Curator 5 (create2, containers) fails through observers of a 3.4 leader
                String targets = ConnectString.of(m.target().servers());
                report = StaticSplit.run(ctx, options.withProbe(noProbe ? null
                        : () -> new PlainClientProbe(targets, "/zkmig-split-probe")), staticNodes);
            } else {
                report = Split.dynamic(ctx, options.withProbe(probe(ConnectString.of(m.target().servers()), true)));
            }
            out.flush();
            return switch (report.status()) {
                case COMPLETED, PAUSED -> ExitCodes.OK;
                case FAILED -> ExitCodes.CHECK_FAILED;
            };
        }
    }

    private Supplier<ClientImpactProbe> probe(String connectString, boolean followConfig) {
        return noProbe ? null : () -> WorkloadProbe.own(connectString, "/zkmig-split-probe", followConfig);
    }
}
