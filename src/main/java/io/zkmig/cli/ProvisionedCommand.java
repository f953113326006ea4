package io.zkmig.cli;

import io.zkmig.runner.StepChain;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.runner.provision.ConfirmProvisioned;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zkmig provisioned <spec>}: after {@code cdktf deploy <name>-target}, record that the target serves. */
@Command(name = "provisioned", mixinStandardHelpOptions = true,
        description = "After `cdktf deploy <name>-target`: check that every target server the spec lists serves the "
                + "cluster's version with one leader, then record the target as provisioned in the ledger (the "
                + "bridge stack waits for it). Re-running it is harmless.")
final class ProvisionedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Override
    public Integer call() throws Exception {
        try (SpecParameter.RunnerSession runner = migration.openRunner(RunnerCommand.PROVISIONED)) {
            return RunnerIo.finish(new StepChain("provisioned", List.of(new ConfirmProvisioned())).run(runner.context()),
                    migration.out());
        }
    }
}
