package io.zkmig.runner.observe;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.nodes.NodeChange;
import io.zkmig.nodes.NodeControl;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ServerStep;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Restarts one target server with a configuration listing the legacy voters and itself as observer, from a
 * data folder of its own (its provisioned data stays for a rollback). Done when the server serves and
 * reports the legacy voters as its ensemble's.
 */
final class RestartAsObserver extends ServerStep {
    static final String NAME = StepNames.RESTART_AS_OBSERVER;

    private final ServerSpec target;
    private final NodeControl nodes;

    RestartAsObserver(ServerSpec target, NodeControl nodes) {
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
        return "restart target server " + target.id() + " (" + target.clientAddress() + ") as observer of the legacy "
                + "ensemble, through " + nodes.mode() + " node control";
    }

    @Override
    public boolean isDone(MigrationContext ctx) {
        TargetObservation o = TargetObservation.of(target, LegacyView.read(ctx.spec()));
        return o.observing() || restartedAndStarting(o, target, nodes);
    }

    /**
     * A runner that crashed right after this restart leaves the server starting up, not serving yet. Once zkmig
     * has changed a server (node control holds its original configuration) it is either stopped or runs the
     * observer configuration, so a server that is up but still syncing is this restart taking effect: waiting
     * for it (the next step) is right, and stopping or restarting it again would only start its sync over.
     */
    static boolean restartedAndStarting(TargetObservation o, ServerSpec target, NodeControl nodes) {
        return o.state() == ObserverState.SYNCING && nodes.tracksOriginal() && nodes.hasOriginal(target);
    }

    @Override
    public void run(MigrationContext ctx) throws Exception {
        LegacyView legacy = LegacyView.read(ctx.spec());
        nodes.restart(target, NodeChange.observe(membership(legacy, target)));
    }

    /** The legacy voters as they run now, plus this target server as observer. */
    static List<Member> membership(LegacyView legacy, ServerSpec target) {
        List<Member> members = new ArrayList<>(legacy.voters());
        members.add(Member.of(target, Role.OBSERVER));
        return members;
    }
}
