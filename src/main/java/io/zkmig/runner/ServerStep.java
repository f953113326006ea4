package io.zkmig.runner;

/** A step that acts on one server: its subject in the ledger is that server's id. */
public abstract class ServerStep implements Step {
    protected final int serverId;

    protected ServerStep(int serverId) {
        this.serverId = serverId;
    }

    @Override
    public final String subject() {
        return Integer.toString(serverId);
    }
}
