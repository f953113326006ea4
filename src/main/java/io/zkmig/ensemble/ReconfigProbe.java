package io.zkmig.ensemble;

import java.io.IOException;
import java.time.Duration;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;

/**
 * Finds out, changing nothing, whether an ensemble accepts dynamic reconfiguration from us.
 *
 * <p>Two requests, each with an impossible version so that neither can commit. A reconfig naming no
 * change: the leader checks reconfigEnabled before the version, so ReconfigDisabled vs BadVersion tells
 * whether reconfig is on. But the leader checks the caller's WRITE right on /zookeeper/config only after
 * the version and the new members, right before committing, so a reconfig cannot probe rights safely.
 * A setData on /zookeeper/config checks WRITE first and the version second: NoAuth vs BadVersion tells
 * whether our credential (the super user, or an ACL) may reconfigure. Order checked in 3.8.4 (tests: 3.5.10, 3.8.4).
 * The identity checked is the one the connected server computes, which it also forwards with our reconfigs.
 */
public final class ReconfigProbe {
    /** A config version no ensemble has: versions are zxids, and epoch 0 counter 1 is never a config. */
    private static final long IMPOSSIBLE_CONFIG_VERSION = 1L;
    /** A znode data version /zookeeper/config never reaches. */
    private static final int IMPOSSIBLE_DATA_VERSION = Integer.MAX_VALUE;

    public enum Outcome {
        ALLOWED("reconfig is enabled and the credential may change /zookeeper/config"),
        DISABLED("reconfigEnabled is false on the ensemble"),
        NOT_AUTHORIZED("reconfig is enabled but the credential may not change /zookeeper/config"),
        UNREACHABLE("no server answered");

        private final String meaning;

        Outcome(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    private ReconfigProbe() {
    }

    /** Opens a session (as the super user when a password is given) and asks both questions. */
    public static Outcome probe(String connectString, String superPassword) {
        ZooKeeperAdmin zk;
        try {
            zk = ZkConnections.admin(connectString, superPassword, Duration.ofSeconds(10));
        } catch (IOException e) {
            return Outcome.UNREACHABLE;
        }
        try {
            if (!reconfigEnabled(zk)) {
                return Outcome.DISABLED;
            }
            return mayWriteConfig(zk) ? Outcome.ALLOWED : Outcome.NOT_AUTHORIZED;
        } catch (KeeperException e) {
            return Outcome.UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNREACHABLE;
        } finally {
            ZkConnections.closeQuietly(zk);
        }
    }

    /**
     * True when the leader has reconfigEnabled: a reconfig naming no change with an impossible version
     * answers BadVersion (or ReconfigInProgress) then, ReconfigDisabled otherwise. Other answers are thrown
     * (e.g. Unimplemented from a server without dynamic reconfiguration).
     */
    public static boolean reconfigEnabled(ZooKeeperAdmin zk) throws KeeperException, InterruptedException {
        try {
            zk.reconfigure((String) null, null, null, IMPOSSIBLE_CONFIG_VERSION, new Stat());
            return true;
        } catch (KeeperException.ReconfigDisabledException e) {
            return false;
        } catch (KeeperException.BadVersionException | KeeperException.ReconfigInProgress e) {
            return true;
        }
    }

    /**
     * True when this session may write /zookeeper/config (what reconfig needs): a setData with a data
     * version it never reaches answers BadVersion then, NoAuth otherwise; nothing is written.
     */
    public static boolean mayWriteConfig(ZooKeeperAdmin zk) throws KeeperException, InterruptedException {
        byte[] config = zk.getData(ZooDefs.CONFIG_NODE, false, null);
        try {
            zk.setData(ZooDefs.CONFIG_NODE, config, IMPOSSIBLE_DATA_VERSION);
            return true;
        } catch (KeeperException.BadVersionException e) {
            return true;
        } catch (KeeperException.NoAuthException e) {
            return false;
        }
    }
}
