package io.zkmig.cli;

import io.zkmig.nodes.NodeControl;
import io.zkmig.nodes.NodeControls;
import io.zkmig.runner.lifecycle.RunnerCommand;
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
                + "Re-running it is harmless: steps already in effect are skipped.")
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
            out.printf("observe %s: %d target servers, node control %s%n", m.name(), m.target().servers().size(), nodes.mode());
            return RunnerIo.finish(ObserveStage.chain(m, nodes, new ObserveOptions(registerObservers, catchUpTimeout,
                    !noProgress)).run(runner.context()), out);
        }
    }
}
