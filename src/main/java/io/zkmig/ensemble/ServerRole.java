package io.zkmig.ensemble;

/** What a server is doing right now, as it reports itself. */
public enum ServerRole {
    LEADER, FOLLOWER, OBSERVER, STANDALONE,
    /** Up, but not serving (electing, or syncing and not yet caught up). */
    NOT_SERVING,
    /** No answer on its client port. */
    DOWN;

    public static ServerRole fromMode(String mode) {
        return switch (mode == null ? "" : mode.trim()) {
            case "leader" -> LEADER;
            case "follower" -> FOLLOWER;
            case "observer" -> OBSERVER;
            case "standalone" -> STANDALONE;
            default -> NOT_SERVING;
        };
    }

    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
