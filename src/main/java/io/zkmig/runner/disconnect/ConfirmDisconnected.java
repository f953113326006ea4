package io.zkmig.runner.disconnect;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.ledger.Milestone;
import java.util.List;

/**
 * After {@code cdktf deploy} at stage {@code disconnect}: confirms the bridge is gone and the target serves alone
 * ({@link BridgeGone}), then the ledger gets {@code milestone.disconnected}, which decommission needs. Checked
 * again on every run.
 */
public final class ConfirmDisconnected implements Step {

    @Override
    public String name() {
        return Milestone.DISCONNECTED.step();
    }

    @Override
    public String describe() {
        return "check that the target serves alone and the bridge is gone, then record the disconnect";
    }

    @Override
    public boolean isDone(MigrationContext ctx) {
        return ctx.ledger().state().has(Milestone.DISCONNECTED) && BridgeGone.problems(ctx.spec(), ctx.ledger().state()).isEmpty();
    }

    @Override
    public void run(MigrationContext ctx) {
        List<String> problems = BridgeGone.problems(ctx.spec(), ctx.ledger().state());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the bridge is not gone:\n  " + String.join("\n  ", problems));
        }
        ctx.out().printf("  target cluster %s serves alone (%d servers, one leader); no legacy server reaches it%n",
                ctx.spec().target().clusterName(), ctx.spec().target().servers().size());
    }
}
