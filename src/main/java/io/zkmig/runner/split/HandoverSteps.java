package io.zkmig.runner.split;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ServerStep;
import io.zkmig.runner.Step;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The small named steps of a voter handover (split: legacy to target; rollback: target to legacy).
 * Each step's {@code isDone} reads {@code /zookeeper/config} and the servers themselves, so a resumed
 * run skips what is in effect whatever the ledger says.
 */
public final class HandoverSteps {
    private HandoverSteps() {
    }

    /** Checks that can stop a handover before it changes anything; each returns its problems. */
    public interface Gate {
        List<String> problems(MigrationContext ctx, HandoverContext h) throws Exception;
    }

    /**
     * {@code <prefix>.preconditions}: every gate passes, or nothing changes. The handover asks {@link #problems}
     * before it starts anything (a refusal, exit 5, no report); the step checks again when it runs.
     */
    public static final class Preconditions implements Step {
        private final HandoverContext h;
        private final List<Gate> gates;

        public Preconditions(HandoverContext h, List<Gate> gates) {
            this.h = h;
            this.gates = List.copyOf(gates);
        }

        @Override
        public String name() {
            return StepNames.of(h.prefix(), StepNames.PRECONDITIONS);
        }

        @Override
        public String describe() {
            return "check the servers taking over are synced, reconfig is enabled and allowed, and the gates hold";
        }

        @Override
        public boolean isDone(MigrationContext ctx) throws Exception {
            return h.complete(h.view());
        }

        /** What stops the handover now: every gate's problems. */
        public List<String> problems(MigrationContext ctx) throws Exception {
            List<String> problems = new ArrayList<>();
            for (Gate g : gates) {
                problems.addAll(g.problems(ctx, h));
            }
            return problems;
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            List<String> problems = problems(ctx);
            if (!problems.isEmpty()) {
                problems.forEach(p -> ctx.out().println("      - " + p));
                throw new IllegalStateException("preconditions not met: " + String.join("; ", problems));
            }
        }
    }

    /** The checks every handover needs: the servers taking over serve in sync, reconfig is on and allowed. */
    public static Gate liveGate() {
        return (ctx, h) -> {
            List<String> problems = new ArrayList<>();
            EnsembleView v = h.view();
            if (v.leader().isEmpty()) {
                problems.add("no server leads the configuration (" + v.summary() + ")");
                return problems;
            }
            for (ServerSpec s : h.to()) {
                ServerStatus st = v.status(s.id());
                if (!st.isServing()) {
                    problems.add("server " + s.id() + " (" + s.clientAddress() + ") does not serve: " + st.role().label()
                            + (st.error() == null ? "" : " (" + st.error() + ")"));
                } else if (!v.isVoter(s.id()) && st.role() == ServerRole.OBSERVER && !v.config().member(s.id()).isPresent()) {
                    problems.add("server " + s.id() + " runs as an observer outside the dynamic configuration: the"
                            + " ensemble is in static mode; use zkmig split --static");
                } else if (st.role() != ServerRole.OBSERVER && !v.isSynced(s.id(), h.options().limits().maxLagTxns())) {
                    problems.add("server " + s.id() + " is not in sync with leader " + v.leader().get() + " (zxid "
                            + st.zxidHex() + " vs " + v.leaderStatus().get().zxidHex() + ")");
                }
            }
            var zk = h.admin().get();
            ReconfigAccess.enabled(zk).ifPresent(problems::add);
            ReconfigAccess.authorized(zk).ifPresent(problems::add);
            return problems;
        };
    }

    /** {@code <prefix>.promote}: one server becomes a participant (an observer listed as such is removed first). */
    public static final class Promote extends ServerStep {
        private final HandoverContext h;

        public Promote(HandoverContext h, int serverId) {
            super(serverId);
            this.h = h;
        }

        @Override
        public String name() {
            return StepNames.of(h.prefix(), StepNames.PROMOTE);
        }

        @Override
        public String describe() {
            return "add server " + serverId + " (" + h.server(serverId).clientAddress() + ") as a participant, guarded by the config version";
        }

        @Override
        public boolean isDone(MigrationContext ctx) throws Exception {
            return h.admin().readConfig().member(serverId).map(m -> m.role() == Role.PARTICIPANT).orElse(false);
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            EnsembleView v = h.view();
            if (v.config().member(serverId).map(m -> m.role() == Role.OBSERVER).orElse(false)) {
                // ZooKeeper's documented way: an observer listed in the configuration is removed (it then
                // syncs as a non-voting follower) and added back as a participant.
                ctx.out().println("      server " + serverId + " is listed as an observer: removing it first (it goes on as a"
                        + " non-voting follower), then adding it as a participant");
                h.reconfigure(ctx, new ConfigChange.Remove(serverId), subject());
                h.await(h.options().leaderChangeTimeout(), ev -> ev.isSynced(serverId, h.options().limits().maxLagTxns()));
            }
            GuardedReconfig.Outcome o = h.reconfigure(ctx, new ConfigChange.AddParticipant(h.member(serverId, Role.PARTICIPANT)), subject());
            ctx.out().println("      server " + serverId + " is a participant (config v" + Long.toHexString(o.toVersion()) + ")");
        }
    }

    /** {@code <prefix>.remove-follower}: one server that does not lead leaves the configuration. */
    public static final class RemoveFollower extends ServerStep {
        private final HandoverContext h;

        public RemoveFollower(HandoverContext h, int serverId) {
            super(serverId);
            this.h = h;
        }

        @Override
        public String name() {
            return StepNames.of(h.prefix(), StepNames.REMOVE_FOLLOWER);
        }

        @Override
        public String describe() {
            return "remove server " + serverId + " (" + h.server(serverId).clientAddress() + "); it keeps serving as a non-voting follower";
        }

        @Override
        public boolean isDone(MigrationContext ctx) throws Exception {
            return h.admin().readConfig().member(serverId).isEmpty();
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            EnsembleView v = h.view();
            if (v.leader().filter(l -> l == serverId).isPresent()) {
                throw new IllegalStateException("server " + serverId + " leads now (leadership moved since the plan was made);"
                        + " rerun: it will be removed last, after the leader-change announcement");
            }
            h.reconfigure(ctx, new ConfigChange.Remove(serverId), subject());
        }
    }

    /** {@code <prefix>.announce-leader-change}: says what the next step does to clients, names latch holders. */
    public static final class AnnounceLeaderChange extends ServerStep {
        private final HandoverContext h;

        public AnnounceLeaderChange(HandoverContext h, int serverId) {
            super(serverId);
            this.h = h;
        }

        @Override
        public String name() {
            return StepNames.of(h.prefix(), StepNames.ANNOUNCE_LEADER_CHANGE);
        }

        @Override
        public String describe() {
            return "announce the one leader change: server " + serverId + " leads and leaves next";
        }

        @Override
        public boolean isDone(MigrationContext ctx) throws Exception {
            return h.admin().readConfig().member(serverId).isEmpty();
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            List<ClientSessions.Connection> connections = ClientSessions.connections(h.all());
            List<ClientSessions.LatchHolder> holders = ClientSessions.latchHolders(h.admin().get(),
                    ctx.spec().clients(), connections);
            LeaderChangeNotice notice = new LeaderChangeNotice(serverId, h.server(serverId).clientAddress(), holders);
            h.notice(notice);
            notice.lines(ctx.spec().clients()).forEach(l -> ctx.out().println("    " + l));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("leader", serverId);
            details.put("latchHolders", holders.stream().filter(ClientSessions.LatchHolder::leads)
                    .map(x -> x.group() + " " + x.latchPath() + "/" + x.node() + " session " + x.sessionHex()
                            + (x.serverId() == null ? "" : " on server " + x.serverId() + " from " + x.clientAddress()))
                    .toList());
            ctx.ledger().append(LedgerEntry.notice(name(), subject(), details));
        }
    }

    /** {@code <prefix>.remove-leader}: the one leader change; the lost answer is expected and resolved. */
    public static final class RemoveLeader extends ServerStep {
        private final HandoverContext h;

        public RemoveLeader(HandoverContext h, int serverId) {
            super(serverId);
            this.h = h;
        }

        @Override
        public String name() {
            return StepNames.of(h.prefix(), StepNames.REMOVE_LEADER);
        }

        @Override
        public String describe() {
            return "remove server " + serverId + ", the leader: leadership moves to one of " + h.toIds();
        }

        @Override
        public boolean isDone(MigrationContext ctx) throws Exception {
            return h.admin().readConfig().member(serverId).isEmpty();
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            h.reconfigure(ctx, new ConfigChange.Remove(serverId), subject());
            EnsembleView v = h.await(h.options().leaderChangeTimeout(),
                    ev -> ev.leader().map(h.toIds()::contains).orElse(false));
            Optional<Integer> leader = v.leader();
            if (leader.isEmpty() || !h.toIds().contains(leader.get())) {
                throw new IllegalStateException("no server of " + h.toIds() + " leads " + h.options().leaderChangeTimeout()
                        .toSeconds() + " s after server " + serverId + " left (" + v.summary() + ")");
            }
            ctx.out().println("      server " + leader.get() + " leads (" + v.summary() + ")");
        }
    }

    /** {@code <prefix>.confirm}: the voters are exactly the servers taking over, one leads; records the milestone. */
    public static final class Confirm implements Step {
        private final HandoverContext h;
        private final Milestone milestone;
        private final LedgerEntry.Status status;

        public Confirm(HandoverContext h, Milestone milestone, LedgerEntry.Status status) {
            this.h = h;
            this.milestone = milestone;
            this.status = status;
        }

        @Override
        public String name() {
            return StepNames.of(h.prefix(), StepNames.CONFIRM);
        }

        @Override
        public String describe() {
            return "confirm the voters are exactly " + h.toIds() + " and one of them leads; record " + milestone
                    + (status == LedgerEntry.Status.DONE ? "" : " " + status);
        }

        @Override
        public boolean isDone(MigrationContext ctx) throws Exception {
            boolean recorded = ctx.ledger().state().has(milestone);
            return (status == LedgerEntry.Status.DONE) == recorded && h.complete(h.view());
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            EnsembleView v = h.await(h.options().leaderChangeTimeout(), h::complete);
            if (!h.complete(v)) {
                throw new IllegalStateException("the ensemble is not yet exactly " + h.toIds() + " with one of them leading: "
                        + v.summary());
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("leader", v.leader().orElseThrow());
            details.put("configVersion", v.config().versionHex());
            details.put("voters", v.voters().stream().map(Member::id).toList());
            if (status == LedgerEntry.Status.DONE) {
                ctx.ledger().append(LedgerEntry.milestone(milestone, status, details));
            } else {
                MigrationLifecycle.withdraw(ctx.ledger(), RunnerCommand.SPLIT_ROLLBACK, details);
            }
            ctx.out().println("      " + v.summary());
        }
    }

    /** The leader-independent ordering: promote every server taking over, then remove the rest, leader last. */
    public static List<Step> plan(HandoverContext h, EnsembleView v, Function<Integer, Step> announce) {
        List<Step> steps = new ArrayList<>();
        h.to().stream().map(ServerSpec::id).sorted().forEach(id -> steps.add(new Promote(h, id)));
        Optional<Integer> leader = v.leader().filter(h.fromIds()::contains);
        h.from().stream().map(ServerSpec::id).sorted().filter(id -> leader.map(l -> l != id).orElse(true))
                .forEach(id -> steps.add(new RemoveFollower(h, id)));
        leader.ifPresent(l -> {
            steps.add(announce.apply(l));
            steps.add(new RemoveLeader(h, l));
        });
        return steps;
    }
}
