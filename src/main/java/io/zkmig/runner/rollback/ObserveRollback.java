package io.zkmig.runner.rollback;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.nodes.NodeControl;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ServerStep;
import io.zkmig.runner.Step;
import io.zkmig.runner.StepChain;
import io.zkmig.runner.cutover.Cutover;
import io.zkmig.runner.cutover.CutoverMarks;
import io.zkmig.runner.cutover.SessionInventory;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.Refusal;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.runner.observe.LegacyView;
import io.zkmig.runner.observe.ObserverState;
import io.zkmig.runner.observe.TargetObservation;
import io.zkmig.runner.split.ConfigChange;
import io.zkmig.runner.split.GuardedReconfig;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rollback of observe, verify and cutover: the target servers leave the legacy ensemble and go back to the
 * configuration and data they had before (their own ensemble, as provisioned), and the ledger withdraws the
 * milestones. The legacy servers are untouched (only a registration made with {@code --register-observers} is
 * removed from their /zookeeper/config). Refused while clients are connected to target servers: the groups
 * marked moved are listed for moving back first. After the split has begun, the split's own rollback applies.
 */
public final class ObserveRollback {
    public static final String STAGE = "rollback";

    private ObserveRollback() {
    }

    /**
     * Checks the live state before anything changes (the migration lifecycle has allowed the rollback already: no
     * split in effect); returns the groups to move back (for the operator).
     */
    public static List<String> precheck(MigrationContext ctx, boolean force) throws Exception {
        List<String> moveBack = new ArrayList<>();
        for (ClientGroup g : Cutover.markedGroups(ctx)) {
            if (g.connection() == ClientGroup.Connection.FIXED) {
                moveBack.add(g.name() + " (owner " + g.owner() + "): restart its clients with connect string " + g.before());
            }
        }
        SessionInventory inventory = SessionInventory.gather(ctx.spec(), ctx.superPassword());
        long onTarget = inventory.count(SessionInventory.Side.TARGET);
        if (onTarget > 0 && !force) {
            StringBuilder b = new StringBuilder(onTarget + " client session(s) are connected to target servers; "
                    + "rolling back would cut them off. Move these back first:");
            inventory.sessions().stream().filter(s -> s.side() == SessionInventory.Side.TARGET).forEach(s -> b.append("\n  ")
                    .append(s.clientAddress()).append(" on server ").append(s.serverId())
                    .append(s.group() == null ? " (no client group)" : " (group " + s.group() + ")"));
            moveBack.forEach(m -> b.append("\n  group ").append(m));
            b.append("\nor roll back anyway with --force");
            throw new Refusal(b.toString());
        }
        return moveBack;
    }

    public static StepChain chain(MigrationSpec spec, NodeControl nodes) {
        List<Step> steps = new ArrayList<>();
        spec.target().servers().forEach(t -> steps.add(new Unregister(t)));
        spec.target().servers().forEach(t -> steps.add(new StopObserver(t, nodes)));
        spec.target().servers().forEach(t -> steps.add(new Restore(t, nodes, spec)));
        steps.add(new Withdraw());
        return new StepChain(STAGE, steps);
    }

    /** Takes a target server registered with --register-observers out of the legacy's /zookeeper/config. */
    private static final class Unregister extends ServerStep {
        Unregister(ServerSpec target) {
            super(target.id());
        }

        @Override
        public String name() {
            return StepNames.ROLLBACK_UNREGISTER_OBSERVER;
        }

        @Override
        public String describe() {
            return "remove target server " + serverId + " from the legacy's /zookeeper/config";
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            return !LegacyView.read(ctx.spec()).lists(serverId);
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            List<ServerSpec> known = new ArrayList<>(ctx.spec().legacy().servers());
            known.addAll(ctx.spec().target().servers());
            GuardedReconfig.applyOnce(ctx.spec().legacy().servers(), known, ctx.superPassword(),
                    new ConfigChange.Remove(serverId));
        }
    }

    /** Stops every observing target server before any goes back to the target's own ensemble. */
    private static final class StopObserver extends ServerStep {
        private final ServerSpec target;
        private final NodeControl nodes;

        StopObserver(ServerSpec target, NodeControl nodes) {
            super(target.id());
            this.target = target;
            this.nodes = nodes;
        }

        @Override
        public String name() {
            return StepNames.ROLLBACK_STOP_OBSERVER;
        }

        @Override
        public String describe() {
            return "stop target server " + target.id();
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            if (nodes.tracksOriginal() && !nodes.hasOriginal(target)) {
                return true;
            }
            ObserverState s = TargetObservation.of(target, LegacyView.read(ctx.spec())).state();
            return s == ObserverState.DOWN || (!nodes.tracksOriginal() && s == ObserverState.OWN_ENSEMBLE);
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            nodes.stop(target);
        }
    }

    /** Puts back the configuration and data the target server had before observe. */
    private static final class Restore extends ServerStep {
        private final ServerSpec target;
        private final NodeControl nodes;
        private final MigrationSpec spec;

        Restore(ServerSpec target, NodeControl nodes, MigrationSpec spec) {
            super(target.id());
            this.target = target;
            this.nodes = nodes;
            this.spec = spec;
        }

        @Override
        public String name() {
            return StepNames.ROLLBACK_RESTORE_TARGET;
        }

        @Override
        public String describe() {
            return "restart target server " + target.id() + " with the configuration and data it had before observe";
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            if (nodes.tracksOriginal()) {
                return !nodes.hasOriginal(target);
            }
            return TargetObservation.of(target, LegacyView.read(ctx.spec())).state() == ObserverState.OWN_ENSEMBLE;
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            List<Member> own = spec.target().servers().stream().map(s -> Member.of(s, Role.PARTICIPANT)).toList();
            nodes.restoreOriginal(target, own);
        }
    }

    /** Withdraws the milestones and the cutover marks that no longer hold. */
    private static final class Withdraw implements Step {
        @Override
        public String name() {
            return StepNames.ROLLBACK_WITHDRAW_MILESTONES;
        }

        @Override
        public String describe() {
            return "record observe, verify and cutover as rolled back, and the cutover marks withdrawn";
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            return false;
        }

        @Override
        public void run(MigrationContext ctx) {
            MigrationState state = ctx.ledger().state();
            MigrationLifecycle.withdraw(ctx.ledger(), RunnerCommand.ROLLBACK, Map.of("reason", "rollback"));
            for (ClientGroup g : ctx.spec().clients()) {
                if (CutoverMarks.of(state, g.name()).isPresent()) {
                    ctx.ledger().append(LedgerEntry.cutoverMark(g.name(), false, Map.of("reason", "rollback")));
                }
            }
        }
    }
}
