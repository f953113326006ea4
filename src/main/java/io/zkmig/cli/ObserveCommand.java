package io.zkmig.cli;

import io.zkmig.nodes.NodeControl;
import io.zkmig.nodes.NodeControls;
import io.zkmig.runner.lifecycle.Commands;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.runner.observe.BridgeGate;
import io.zkmig.runner.observe.ObserveOptions;
import io.zkmig.runner.observe.ObserveStage;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig observe <spec>}: target servers become observers of the legacy ensemble and catch up. */
@Command(name = "observe", mixinStandardHelpOptions = true,
        description = "Restart each target server as an observer of the legacy ensemble (legacy servers are never "
                + "touched) and wait until it has caught up, one server at a time. Against a reconfig-enabled legacy "
                + "they sync as non-voting followers and stay out of /zookeeper/config unless --register-observers. "
                + "Re-running it is harmless: steps already in effect are skipped. With legacy.network it first checks "
                + "the AWS side of the bridge and refuses (changing nothing) while a piece is missing.")
final class ObserveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Option(names = "--register-observers", description = "Also list the target servers as observers in the legacy's "
            + "/zookeeper/config (Curator clients with EnsembleTracker will then connect to them before their cutover).")
    boolean registerObservers;

    @Option(names = "--catch-up-timeout", defaultValue = "30m", converter = DurationConverter.class,
            description = "How long to wait for each server to catch up. Default: ${DEFAULT-VALUE}.")
    Duration catchUpTimeout;

    @Option(names = "--manual-timeout", defaultValue = "60m", converter = DurationConverter.class,
            description = "nodes.mode manual: how long to wait for each change to be applied. Default: ${DEFAULT-VALUE}.")
    Duration manualTimeout;

    @Option(names = "--no-progress", description = "No progress bar (logs, CI).")
    boolean noProgress;

    @Option(names = "--rollback", description = "Undo observe (and verify, cutover marks): target servers return to "
            + "their own configuration and data; see zkmig rollback.")
    boolean rollback;

    @Option(names = "--force", description = "With --rollback: although client sessions are connected to target servers.")
    boolean force;

    /**
     * With legacy.network, after the lifecycle allowed observe and before any target server is touched: a target
     * server that cannot reach the legacy quorum port would leave its own ensemble and join none, so a missing
     * bridge piece refuses (exit 5) and an account that does not answer is unreachable (exit 4); nothing written.
     */
    private static void bridgeInPlace(MigrationSpec m, PrintStream out) {
        BridgeGate.check(m).ifPresent(verdict -> {
            if (verdict.unreadable().isPresent()) {
                throw new UnreachableException("cannot check the bridge before starting target servers: "
                        + verdict.unreadable().get() + "; nothing was changed");
            }
            if (!verdict.open()) {
                throw new RefusedException("refusing to start target servers: they could not reach the legacy quorum "
                        + "port over the bridge; missing:\n  - " + String.join("\n  - ", verdict.missing())
                        + "\ndeploy the bridge (" + Commands.DEPLOY_BRIDGE.instruction(m) + "), check it with `zkmig "
                        + "preflight " + io.zkmig.runner.lifecycle.Command.specPath(m) + "`, then run observe again; "
                        + "nothing was changed");
            }
            out.printf("bridge: in place (%s)%n", verdict.where());
        });
    }

    @Override
    public Integer call() throws Exception {
        if (rollback) {
            return ObserveRollbackRun.run(migration, force, manualTimeout);
        }
        MigrationSpec m = migration.spec();
        PrintStream out = migration.out();
        // node control first: a credential it needs (an ssh key) refuses before the ledger and its lock exist
        try (NodeControl nodes = NodeControls.forSpec(m, out, manualTimeout);
             SpecParameter.RunnerSession runner = migration.openRunner(RunnerCommand.OBSERVE)) {
            bridgeInPlace(m, out);
            out.printf("observe %s: %d target servers, node control %s%n", m.name(), m.target().servers().size(), nodes.mode());
            return RunnerIo.finish(ObserveStage.chain(m, nodes, new ObserveOptions(registerObservers, catchUpTimeout,
                    !noProgress)).run(runner.context()), out);
        }
    }
}
