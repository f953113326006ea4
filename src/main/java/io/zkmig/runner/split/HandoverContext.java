package io.zkmig.runner.split;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the steps of one voter handover share: the servers that hand over ({@code from}) and take over
 * ({@code to}), the admin session, the reconfig knobs and the outcomes gathered for the report. A split
 * hands over from legacy to target; a split rollback from target to legacy.
 *
 * <p>The admin session sits on the legacy servers in both directions. A reconfig is checked by the
 * leader against the identity the server we are connected to computed and forwarded with it, so it
 * must be a server that knows the super user's digest: the legacy servers are the customer's own and
 * do; the managed target servers may not. The legacy servers also keep serving throughout (as
 * non-voting followers once removed), so they can always answer the re-read that resolves a lost
 * answer; the target servers are in the reconnect list as well.
 */
public final class HandoverContext implements AutoCloseable {
    private final String prefix;
    private final List<ServerSpec> from;
    private final List<ServerSpec> to;
    private final AdminSession admin;
    private final SplitOptions options;
    private final List<GuardedReconfig.Outcome> outcomes = new ArrayList<>();
    private LeaderChangeNotice notice;

    public HandoverContext(String prefix, List<ServerSpec> from, List<ServerSpec> to, List<ServerSpec> adminServers,
                           String superPassword, SplitOptions options) {
        this.prefix = prefix;
        this.from = List.copyOf(from);
        this.to = List.copyOf(to);
        this.options = options;
        this.admin = new AdminSession(ConnectString.of(adminServers), superPassword);
    }

    /** Step-name prefix: {@code split} or {@code split-rollback}. */
    public String prefix() {
        return prefix;
    }

    public List<ServerSpec> from() {
        return from;
    }

    public List<ServerSpec> to() {
        return to;
    }

    public List<ServerSpec> all() {
        List<ServerSpec> all = new ArrayList<>(from);
        all.addAll(to);
        return all;
    }

    public Set<Integer> toIds() {
        return to.stream().map(ServerSpec::id).collect(Collectors.toSet());
    }

    public Set<Integer> fromIds() {
        return from.stream().map(ServerSpec::id).collect(Collectors.toSet());
    }

    public ServerSpec server(int id) {
        return all().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("server " + id + " is in neither side of the spec"));
    }

    public AdminSession admin() {
        return admin;
    }

    public SplitOptions options() {
        return options;
    }

    public EnsembleView view() throws IOException, InterruptedException {
        return EnsembleView.of(admin.readConfig(), all());
    }

    /** A guarded reconfig of one change, with this handover's knobs; outcomes are kept for the report. */
    public GuardedReconfig.Outcome reconfigure(MigrationContext ctx, ConfigChange change, String subject)
            throws GuardedReconfig.ReconfigFailedException, InterruptedException {
        GuardedReconfig r = new GuardedReconfig(admin, all(), change, ConnectString.of(all()))
                .limits(options.limits()).submitter(options.submitter())
                .listener(new GuardedReconfig.Listener() {
                    @Override
                    public void transition(GuardedReconfig.State f, GuardedReconfig.State t, String why) {
                        if (!why.isEmpty()) {
                            ctx.out().println("      " + f + " -> " + t + ": " + why);
                        }
                        options.listener().transition(f, t, why);
                    }

                    @Override
                    public void beforeSubmit(EnsembleConfig decidedOn) throws Exception {
                        options.listener().beforeSubmit(decidedOn);
                    }
                });
        GuardedReconfig.Outcome outcome = r.run();
        synchronized (outcomes) {
            outcomes.add(outcome);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("change", outcome.change());
        details.put("fromVersion", Long.toHexString(outcome.fromVersion()));
        details.put("toVersion", Long.toHexString(outcome.toVersion()));
        details.put("millis", outcome.millis());
        if (outcome.alreadyInEffect()) {
            details.put("alreadyInEffect", true);
        }
        if (outcome.badVersions() > 0) {
            details.put("badVersions", outcome.badVersions());
        }
        if (outcome.unknownOutcomes() > 0) {
            details.put("unknownOutcomes", outcome.unknownOutcomes());
        }
        if (!outcome.notes().isEmpty()) {
            details.put("notes", outcome.notes());
        }
        ctx.ledger().append(LedgerEntry.reconfig(prefix, subject, details));
        return outcome;
    }

    public List<GuardedReconfig.Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    public Member member(int id, Role role) {
        return Member.of(server(id), role);
    }

    /** Waits until {@code condition} holds on a fresh view; the last view either way. */
    public EnsembleView await(Duration timeout, java.util.function.Predicate<EnsembleView> condition)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        EnsembleView v = view();
        while (!condition.test(v) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            v = view();
        }
        return v;
    }

    /** The handover is complete: the voters are exactly the {@code to} servers and one of them leads. */
    public boolean complete(EnsembleView v) {
        Set<Integer> voters = v.voters().stream().map(Member::id).collect(Collectors.toSet());
        Optional<Integer> leader = v.leader();
        return voters.equals(toIds()) && v.config().members().stream().allMatch(m -> toIds().contains(m.id()))
                && leader.isPresent() && toIds().contains(leader.get())
                && to.stream().allMatch(s -> v.status(s.id()).isServing());
    }

    public void notice(LeaderChangeNotice n) {
        this.notice = n;
    }

    public LeaderChangeNotice notice() {
        return notice;
    }

    @Override
    public void close() {
        admin.close();
    }
}
