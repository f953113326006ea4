package io.zkmig.runner.status;

import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;

/** One server in {@code zkmig status}: its side, what it reports, and what that means for the migration. */
public record ServerView(String side, ServerStatus status, String role) {

    public static ServerView of(String side, ServerStatus s) {
        return new ServerView(side, s, describe(side, s));
    }

    /**
     * A target server that joined a reconfig-enabled legacy ensemble "as observer" reports Mode: follower,
     * yet it is absent from the config it adopted from the leader: it syncs but does not vote. Calling it
     * a follower would mislead an operator counting voters. The same holds for legacy servers after the
     * split: removed by reconfig, they keep serving as non-voting followers of the new leader.
     */
    static String describe(String side, ServerStatus s) {
        if (s.role() == ServerRole.FOLLOWER && Boolean.FALSE.equals(s.inConfig())) {
            return "target".equals(side) ? "non-voting follower (syncing, not in config)"
                    : "non-voting follower (removed from config: rollback window)";
        }
        if (s.role() == ServerRole.NOT_SERVING && s.error() != null) {
            return "not serving: " + s.error();
        }
        return s.role().label();
    }
}
