package io.zkmig.runner.observe;

/**
 * What a target server is, seen from the migration, in words an operator can trust: a target server that
 * joined a reconfig-enabled legacy ensemble reports {@code Mode: follower}, yet it does not vote and is not
 * in {@code /zookeeper/config}; calling it a follower would mislead anyone counting voters.
 */
public enum ObserverState {
    DOWN("down"),
    SYNCING("up, not serving yet (syncing, or electing a leader)"),
    NON_VOTING_FOLLOWER("non-voting follower of the legacy leader: synced, not voting, not in /zookeeper/config"),
    OBSERVER("observer of the legacy ensemble: synced, not voting (static configuration)"),
    REGISTERED_OBSERVER("observer listed in the legacy's /zookeeper/config: synced, not voting; Curator clients may connect to it"),
    VOTER_OF_LEGACY("voter in the legacy ensemble"),
    OWN_ENSEMBLE("not observing: runs an ensemble of its own");

    private final String label;

    ObserverState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Synced with the legacy leader and serving its data. */
    public boolean observing() {
        return this == NON_VOTING_FOLLOWER || this == OBSERVER || this == REGISTERED_OBSERVER;
    }
}
