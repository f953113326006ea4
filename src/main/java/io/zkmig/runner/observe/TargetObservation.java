package io.zkmig.runner.observe;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.ServerProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.spec.ServerSpec;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One target server against the legacy ensemble: what it reports, what that means ({@link ObserverState}), and
 * how far behind the legacy leader it is. {@code lag} counts transactions (zxid counter) within the same epoch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetObservation(int id, ServerStatus status, Set<Integer> reportedVoters, ObserverState state,
                                Long lag) {

    public static TargetObservation of(ServerSpec target, LegacyView legacy) {
        ServerStatus s = ServerProbe.probe(target.id(), target.host(), target.clientPort());
        if (s.role() == ServerRole.DOWN) {
            return new TargetObservation(target.id(), s, Set.of(), ObserverState.DOWN, null);
        }
        if (!s.isServing()) {
            return new TargetObservation(target.id(), s, Set.of(), ObserverState.SYNCING, null);
        }
        EnsembleConfig reported = LegacyView.reportedConfig(target);
        Set<Integer> voters = reported.voters().stream().map(Member::id).collect(Collectors.toCollection(TreeSet::new));
        ObserverState state;
        if (!voters.equals(legacy.voterIds())) {
            state = ObserverState.OWN_ENSEMBLE;
        } else if (voters.contains(target.id())) {
            state = ObserverState.VOTER_OF_LEGACY;
        } else if (legacy.dynamic() && legacy.lists(target.id())) {
            state = ObserverState.REGISTERED_OBSERVER;
        } else if (s.role() == ServerRole.OBSERVER) {
            state = ObserverState.OBSERVER;
        } else {
            state = ObserverState.NON_VOTING_FOLLOWER;
        }
        Long lag = s.zxid() != null && (s.zxid() >>> 32) == (legacy.leaderZxid() >>> 32)
                ? Math.max(0, legacy.leaderZxid() - s.zxid()) : null;
        return new TargetObservation(target.id(), s, voters, state, lag);
    }

    public boolean observing() {
        return state.observing();
    }

    /** Serving the legacy's data at or beyond the given legacy zxid. */
    public boolean caughtUpTo(long legacyZxid) {
        return observing() && status.zxid() != null && status.zxid() >= legacyZxid;
    }
}
