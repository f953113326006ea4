package io.zkmig.cli;

import io.zkmig.runner.StepChain;
import io.zkmig.runner.disconnect.ConfirmDisconnected;
import io.zkmig.runner.lifecycle.RunnerCommand;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code zkmig disconnected <spec>}: after {@code cdktf deploy} at stage disconnect, confirm and record it. */
@Command(name = "disconnected", mixinStandardHelpOptions = true,
        description = {"After `cdktf deploy` at stage disconnect (the bridge stacks emptied): check live that every target",
                "server serves with one leader, that no target server's configuration names a legacy server, that no",
                "legacy server still reaches the target and, with legacy.network, that no peering is left in AWS; then",
                "record disconnected (decommission waits for it). Refused until `zkmig quiet` recorded legacy-quiet.",
                "Re-running it is harmless."})
final class DisconnectedCommand implements Callable<Integer> {
    @Mixin
    SpecParameter migration;

    @Override
    public Integer call() throws Exception {
        try (SpecParameter.RunnerSession runner = migration.openRunner(RunnerCommand.DISCONNECTED)) {
            return RunnerIo.finish(new StepChain("disconnected", List.of(new ConfirmDisconnected())).run(runner.context()),
                    migration.out());
        }
    }
}
