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
    public boolean isDone(MigrationContext ctx) throws Exception {
        LegacyView legacy = LegacyView.read(ctx.spec());
        TargetObservation o = TargetObservation.of(target, legacy);
        return o.observing() || startingAsObserver(o, target, nodes, legacy);
    }

    /**
     * A runner that crashed right after this restart leaves the server starting up, not serving yet: waiting for
     * it (the next step) is right, and stopping or restarting it again would only start its sync over. Whether a
     * server that is up but not serving is that restart taking effect is judged from the configuration it runs
     * (node control reads it), never from what zkmig recorded: the server may have been started since with
     * another one (a reboot, a service manager, an operator), e.g. as the target's own ensemble again.
     */
    static boolean startingAsObserver(TargetObservation o, ServerSpec target, NodeControl nodes, LegacyView legacy)
            throws Exception {
        return o.state() == ObserverState.SYNCING
                && nodes.configuredMembers(target).map(m -> observesLegacy(m, target.id(), legacy)).orElse(false);
    }

    /** A configuration whose voters are the legacy's as they run now, with this server not among them. */
    static boolean observesLegacy(List<Member> members, int self, LegacyView legacy) {
        java.util.Set<Integer> voters = members.stream().filter(m -> m.role() == Role.PARTICIPANT).map(Member::id)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        return voters.equals(legacy.voterIds()) && !voters.contains(self);
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
