package io.zkmig.ensemble;

/** How a server takes part in an ensemble's configuration. */
public enum Role {
    PARTICIPANT, OBSERVER;

    public String configName() {
        return name().toLowerCase();
    }
}
