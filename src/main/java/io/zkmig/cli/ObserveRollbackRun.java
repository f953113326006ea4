package io.zkmig.cli;

import io.zkmig.nodes.NodeControl;
import io.zkmig.nodes.NodeControls;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.runner.rollback.ObserveRollback;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** The observe rollback as {@code zkmig observe --rollback} and {@code zkmig rollback} run it. */
final class ObserveRollbackRun {
    private ObserveRollbackRun() {
    }

    static int run(SpecParameter migration, boolean force, Duration manualTimeout) throws Exception {
        MigrationSpec m = migration.spec();
        PrintStream out = migration.out();
        // node control first: a credential it needs (an ssh key) refuses before the ledger and its lock exist
        try (NodeControl nodes = NodeControls.forSpec(m, out, manualTimeout);
             SpecParameter.RunnerSession runner = migration.openRunner(RunnerCommand.ROLLBACK)) {
            MigrationContext ctx = runner.context();
            List<String> moveBack = ObserveRollback.precheck(ctx, force);
            out.printf("rollback %s: target servers leave the legacy ensemble and return to their own configuration "
                    + "and data; legacy servers are not touched%n", m.name());
            int exit = RunnerIo.finish(ObserveRollback.chain(m, nodes).run(ctx), out);
            if (!moveBack.isEmpty()) {
                out.println("client groups that were marked moved (now unmarked); make sure they run on legacy again:");
                moveBack.forEach(g -> out.println("  " + g));
            }
            return exit;
        }
    }
}
