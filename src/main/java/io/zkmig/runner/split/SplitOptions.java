package io.zkmig.runner.split;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * How a split runs. {@code force}: client groups with a fixed connect string that have not moved and
 * may be left behind knowingly. {@code probe}: the client-impact probe started around the split
 * (null: none).
 */
public record SplitOptions(boolean pauseBeforeLeader, List<String> force, GuardedReconfig.Limits limits,
                           GuardedReconfig.Submitter submitter, GuardedReconfig.Listener listener,
                           Supplier<ClientImpactProbe> probe, Duration leaderChangeTimeout) {

    public SplitOptions {
        force = force == null ? List.of() : List.copyOf(force);
        limits = limits == null ? GuardedReconfig.Limits.DEFAULT : limits;
        submitter = submitter == null ? GuardedReconfig.Submitter.ZOOKEEPER : submitter;
        listener = listener == null ? new GuardedReconfig.Listener() {
        } : listener;
        leaderChangeTimeout = leaderChangeTimeout == null ? Duration.ofSeconds(60) : leaderChangeTimeout;
    }

    public static SplitOptions defaults() {
        return new SplitOptions(false, List.of(), null, null, null, null, null);
    }

    public SplitOptions withPauseBeforeLeader(boolean pause) {
        return new SplitOptions(pause, force, limits, submitter, listener, probe, leaderChangeTimeout);
    }

    public SplitOptions withForce(List<String> groups) {
        return new SplitOptions(pauseBeforeLeader, groups, limits, submitter, listener, probe, leaderChangeTimeout);
    }

    public SplitOptions withSubmitter(GuardedReconfig.Submitter s) {
        return new SplitOptions(pauseBeforeLeader, force, limits, s, listener, probe, leaderChangeTimeout);
    }

    public SplitOptions withListener(GuardedReconfig.Listener l) {
        return new SplitOptions(pauseBeforeLeader, force, limits, submitter, l, probe, leaderChangeTimeout);
    }

    public SplitOptions withProbe(Supplier<ClientImpactProbe> p) {
        return new SplitOptions(pauseBeforeLeader, force, limits, submitter, listener, p, leaderChangeTimeout);
    }

    public SplitOptions withLimits(GuardedReconfig.Limits l) {
        return new SplitOptions(pauseBeforeLeader, force, l, submitter, listener, probe, leaderChangeTimeout);
    }
}
