package io.zkmig.runner.status;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.ServerProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.observe.LegacyView;
import io.zkmig.runner.observe.ObserverState;
import io.zkmig.runner.observe.TargetObservation;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the servers show right now, as far as the recorded milestones depend on it: whether the legacy ensemble
 * has a leader, and what each target server is (observing it, down, starting, or serving an ensemble of its own,
 * which after the split is the target cluster itself). Read only.
 */
public record LiveView(boolean legacyLeads, List<Target> targets) {

    /** One target server: what it is and the voters it reports (none unless it serves). */
    public record Target(int id, ObserverState state, ServerStatus status, Set<Integer> voters) {
        public String describe() {
            return "server " + id + " " + state.label();
        }
    }

    public static LiveView read(MigrationSpec spec) {
        Optional<LegacyView> legacy;
        try {
            legacy = Optional.of(LegacyView.read(spec));
        } catch (RuntimeException e) {
            legacy = Optional.empty();
        }
        Set<Integer> targetIds = spec.target().servers().stream().map(ServerSpec::id).collect(Collectors.toSet());
        Optional<LegacyView> l = legacy;
        List<Target> targets = spec.target().servers().parallelStream()
                .map(t -> l.map(v -> of(TargetObservation.of(t, v))).orElseGet(() -> withoutLegacy(t, targetIds)))
                .toList();
        return new LiveView(legacy.isPresent(), targets);
    }

    private static Target of(TargetObservation o) {
        return new Target(o.id(), o.state(), o.status(), o.reportedVoters());
    }

    /** With no legacy leader to compare with, a serving target that counts target servers among its voters runs its own. */
    private static Target withoutLegacy(ServerSpec t, Set<Integer> targetIds) {
        ServerStatus s = ServerProbe.probe(t.id(), t.host(), t.clientPort());
        if (s.role() == ServerRole.DOWN) {
            return new Target(t.id(), ObserverState.DOWN, s, Set.of());
        }
        if (!s.isServing()) {
            return new Target(t.id(), ObserverState.SYNCING, s, Set.of());
        }
        Set<Integer> voters = LegacyView.reportedConfig(t).voters().stream().map(Member::id)
                .collect(Collectors.toCollection(TreeSet::new));
        boolean own = voters.stream().anyMatch(targetIds::contains);
        return new Target(t.id(), own ? ObserverState.OWN_ENSEMBLE : ObserverState.SYNCING, s, voters);
    }

    /** Why the target servers do not (all) follow the legacy ensemble, in words; empty when they all do. */
    public Optional<String> notFollowing() {
        if (!legacyLeads) {
            return Optional.of("the legacy ensemble has no leader (no legacy server serves as leader)");
        }
        List<String> off = targets.stream().filter(t -> !t.state().observing()).map(Target::describe).toList();
        return off.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", off));
    }

    /** Target servers that serve an ensemble of their own: before the split, a tree that is not the legacy's. */
    public List<Target> servingTheirOwn() {
        return targets.stream().filter(t -> t.state() == ObserverState.OWN_ENSEMBLE && t.status().isServing()).toList();
    }

    /** Whether the target servers are the ensemble: every one serves, they are exactly the voters, one leads. */
    public Optional<String> notTheEnsemble() {
        Set<Integer> ids = targets.stream().map(Target::id).collect(Collectors.toCollection(TreeSet::new));
        List<String> off = targets.stream().filter(t -> !t.status().isServing() || !t.voters().equals(ids))
                .map(t -> t.status().isServing() ? "server " + t.id() + " serves with voters " + t.voters()
                        : "server " + t.id() + " " + t.state().label())
                .toList();
        long leaders = targets.stream().filter(t -> t.status().role() == ServerRole.LEADER).count();
        if (off.isEmpty() && leaders == 1) {
            return Optional.empty();
        }
        return Optional.of(off.isEmpty() ? leaders + " target servers lead" : String.join("; ", off));
    }
}
