package io.zkmig.cli;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.StepChain;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.provision.ConfirmProvisioned;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zkmig provisioned <spec>}: after {@code cdktf deploy <name>-target}, record that the target serves. */
@Command(name = "provisioned", mixinStandardHelpOptions = true,
        description = "After `cdktf deploy <name>-target`: check that every target server the spec lists serves the "
                + "cluster's version with one leader, then record the target as provisioned in the ledger (the "
                + "bridge stack waits for it). Re-running it is harmless.")
final class ProvisionedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<spec>", description = "stacks/<name>.yaml")
    Path file;

    @Override
    public Integer call() throws Exception {
        MigrationSpec m = SpecFiles.load(file);
        PrintStream out = RunnerIo.stream(spec.commandLine().getOut());
        try (Ledger ledger = SpecFiles.openLedger(m)) {
            MigrationContext ctx = new MigrationContext(m, ledger, out, null);
            return RunnerIo.finish(new StepChain("provisioned", List.of(new ConfirmProvisioned())).run(ctx), out);
        }
    }
}
