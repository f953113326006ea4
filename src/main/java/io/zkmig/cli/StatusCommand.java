package io.zkmig.cli;

import io.zkmig.runner.cutover.CutoverProgress;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.observe.ObserverSummary;
import io.zkmig.runner.status.Contradictions;
import io.zkmig.runner.status.LegacyAccountStatus;
import io.zkmig.runner.status.MigrationStatus;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig status <spec>}: both sides as they report themselves, and what the ledger recorded. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show where the migration is by its ledger, the next command and the way back; each legacy and "
                + "target server's role, last zxid, config version, znode count and live sessions; and the milestones "
                + "recorded in the ledger; with legacy.network, the legacy account's instances and volumes and the AWS side of the "
                + "bridge (an account that does not answer is shown, not a failure). First, what the servers contradict of what the ledger records, with the "
                + "command that restores it (exit code 1). Changes nothing.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
    boolean json;

    @Option(names = "--lifecycle", description = "Also print the whole migration lifecycle: each stage, what it needs, "
            + "the commands that bring it about, what it records, the way back, and what refuses it.")
    boolean lifecycle;

    /** Before the split the legacy ensemble is the one that must answer; after it, the target cluster. */
    private static boolean unreachable(MigrationStatus status, MigrationState recorded) {
        if (!recorded.has(Milestone.SPLIT_COMPLETE)) {
            return status.legacyUnreachable();
        }
        return status.target().stream().allMatch(v -> v.status().role() == io.zkmig.ensemble.ServerRole.DOWN);
    }

    @Override
    public Integer call() throws Exception {
        MigrationSpec m = migration.spec();
        MigrationState recorded = migration.recorded();
        Contradictions contradictions = Contradictions.check(m, recorded);
        MigrationStatus status = MigrationStatus.gather(m, recorded)
                .withContradicted(m, recorded, contradictions.milestones());
        status.extra().put("target servers against the legacy", recorded.has(Milestone.SPLIT_COMPLETE)
                ? "split complete: the target servers are the ensemble, there is no legacy leader to follow"
                : ObserverSummary.of(m));
        // sessions are read through a legacy session: with no legacy server serving, the ledger is all there is to show
        boolean legacyServes = status.legacy().stream().anyMatch(v -> v.status().isServing());
        status.extra().put("cutover", legacyServes ? CutoverProgress.live(m, recorded, migration.superPasswordIfAvailable())
                : CutoverProgress.fromLedger(m, recorded));
        LegacyAccountStatus.of(m).ifPresent(account -> status.extra().put("legacy account", account));
        PrintWriter out = migration.writer();
        if (json) {
            status.extra().put("contradictions", contradictions);
            out.println(Json.write(status));
            out.flush();
        } else {
            ContradictionsPrinter.print(contradictions, out);
            StatusPrinter.print(status, out);
            if (lifecycle) {
                out.println();
                LifecyclePrinter.table(status.lifecycle(), out);
                out.flush();
            }
        }
        if (unreachable(status, recorded)) {
            spec.commandLine().getErr().println("zkmig: no " + (recorded.has(Milestone.SPLIT_COMPLETE) ? "target" : "legacy")
                    + " server answered; check the addresses in " + migration.file());
            return ExitCodes.UNREACHABLE;
        }
        return contradictions.any() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
