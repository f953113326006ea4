package io.zkmig.spec;

/** A ZooKeeper release, with the capabilities that shape the migration. */
public record ZooKeeperVersion(int major, int minor, int patch) implements Comparable<ZooKeeperVersion> {

    public static ZooKeeperVersion parse(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a ZooKeeper version (x.y.z): " + text);
        }
        try {
            return new ZooKeeperVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a ZooKeeper version (x.y.z): " + text);
        }
    }

    /** Dynamic reconfiguration (and so the zero-downtime split) exists from 3.5. */
    public boolean supportsReconfig() {
        return atLeast(3, 5, 0);
    }

    /** Since 3.5.3 reconfigEnabled defaults to false. */
    public boolean reconfigOffByDefault() {
        return atLeast(3, 5, 3);
    }

    /** The tree digest ({@code zookeeper.digest.enabled}) arrived in 3.6. */
    public boolean supportsDigest() {
        return atLeast(3, 6, 0);
    }

    /** The AdminServer (HTTP /commands) arrived in 3.5. */
    public boolean hasAdminServer() {
        return atLeast(3, 5, 0);
    }

    /**
     * ZOOKEEPER-3829: a rolling restart can leave a server unable to rejoin; fixed in 3.5.9, 3.6.2 and 3.7.0.
     */
    public boolean hasRollingRestartBug() {
        if (major != 3 || minor < 5) {
            return false;
        }
        return switch (minor) {
            case 5 -> patch < 9;
            case 6 -> patch < 2;
            default -> false;
        };
    }

    public boolean atLeast(int maj, int min, int pat) {
        return compareTo(new ZooKeeperVersion(maj, min, pat)) >= 0;
    }

    @Override
    public int compareTo(ZooKeeperVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
