package io.zkmig.cli;

import io.zkmig.runner.StepChain;
import io.zkmig.runner.decommission.DecommissionPreconditions;
import io.zkmig.runner.decommission.TakeSnapshots;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.spec.MigrationSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code zkmig decommission --confirm <name> <spec>}: the legacy volumes' snapshots, before the legacy servers go. */
@Command(name = "decommission", mixinStandardHelpOptions = true,
        description = {"Step 7, after disconnect: check live that the bridge is gone, the target serves alone and no",
                "session is on a legacy server; then snapshot every legacy volume (tagged, waited for, verified,",
                "recorded; a rerun finds them again) and record snapshots-complete. Only then does",
                "`cdktf destroy <name>-legacy` pass the guard rails. --confirm must repeat the migration's name."})
final class DecommissionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Option(names = "--confirm", required = true, paramLabel = "<name>",
            description = "The migration's name (the spec's `name`), typed out: nothing happens without it.")
    String confirm;

    @Option(names = "--timeout", defaultValue = "2h", converter = DurationConverter.class,
            description = "How long to wait for the snapshots to complete (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--no-progress", description = "No progress bar (for logs).")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        MigrationSpec m = migration.spec();
        if (!m.name().equals(confirm)) {
            throw new ParameterException(spec.commandLine(), "--confirm " + confirm + " is not this migration's name ("
                    + m.name() + "): nothing was done");
        }
        try (SpecParameter.RunnerSession runner = migration.openRunner(RunnerCommand.DECOMMISSION)) {
            int code = RunnerIo.finish(new StepChain("decommission", List.of(new DecommissionPreconditions(),
                    new TakeSnapshots(timeout, !noProgress))).run(runner.context()), migration.out());
            if (code == ExitCodes.OK && m.legacy().awsNetwork().isPresent()) {
                migration.out().println("next: set `stage: decommission` in " + migration.file() + ", then `cdktf destroy "
                        + m.name() + "-legacy` (the legacy servers go; the snapshots stay)");
            } else if (code == ExitCodes.OK) {
                migration.out().println("next: the spec has no legacy.network, so there is no legacy stack: stop the legacy"
                        + " servers yourself; the migration is complete");
            }
            return code;
        }
    }
}
