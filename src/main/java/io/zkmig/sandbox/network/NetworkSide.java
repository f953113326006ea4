package io.zkmig.sandbox.network;

/** Which side of the migration a sandbox server belongs to; each side has its own cgroup. */
public enum NetworkSide {
    LEGACY, TARGET;

    String cgroupName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
