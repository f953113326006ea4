package io.zkmig.runner.observe;

import io.zkmig.nodes.NodeControl;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ServerStep;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.ServerSpec;

/**
 * Stops a target server that still runs the target's own ensemble, before any target server joins the legacy
 * one. A server restarted as observer while its former peers still run their own ensemble can be drawn back into
 * it: the peers' election notifications carry their dynamic config, whose version is higher than the observer's
 * static one, and the server adopts it and follows them (seen on loopback with 3.9.3). The target is not in use
 * yet, so stopping it all first costs nothing. Done when the server is down or already observes the legacy.
 */
final class StopOwnEnsemble extends ServerStep {
    static final String NAME = StepNames.STOP_OWN_ENSEMBLE;

    private final ServerSpec target;
    private final NodeControl nodes;

    StopOwnEnsemble(ServerSpec target, NodeControl nodes) {
        super(target.id());
        this.target = target;
        this.nodes = nodes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return "stop target server " + target.id() + " (it runs the target's own ensemble; its configuration is kept for rollback)";
    }

    /** Judged from what the server runs: down, observing, or up with a configuration that observes the legacy. */
    @Override
    public boolean isDone(MigrationContext ctx) throws Exception {
        LegacyView legacy = LegacyView.read(ctx.spec());
        TargetObservation o = TargetObservation.of(target, legacy);
        return o.state() == ObserverState.DOWN || o.observing()
                || RestartAsObserver.startingAsObserver(o, target, nodes, legacy);
    }

    @Override
    public void run(MigrationContext ctx) throws Exception {
        nodes.stop(target);
    }
}
