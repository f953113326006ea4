package io.zkmig.ensemble;

import java.io.IOException;
import java.time.Duration;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;

/**
 * Finds out, changing nothing, whether an ensemble accepts dynamic reconfiguration from us. It sends a
 * reconfig that names no change and an impossible config version: the leader checks reconfigEnabled
 * first, then the caller's rights on /zookeeper/config, then the version, so the answer tells which
 * gate stops us, and no configuration is ever proposed.
 */
public final class ReconfigProbe {
    /** A config version no ensemble has: versions are zxids, and epoch 0 counter 1 is never a config. */
    private static final long IMPOSSIBLE_VERSION = 1L;

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

    public static Outcome probe(String connectString, String superPassword) {
        ZooKeeperAdmin zk;
        try {
            zk = ZkConnections.admin(connectString, superPassword, Duration.ofSeconds(10));
        } catch (IOException e) {
            return Outcome.UNREACHABLE;
        }
        try {
            zk.reconfigure((String) null, null, null, IMPOSSIBLE_VERSION, new Stat());
            // Cannot happen with an impossible version; treat a success as allowed.
            return Outcome.ALLOWED;
        } catch (KeeperException.ReconfigDisabledException e) {
            return Outcome.DISABLED;
        } catch (KeeperException.NoAuthException e) {
            return Outcome.NOT_AUTHORIZED;
        } catch (KeeperException.BadVersionException e) {
            return Outcome.ALLOWED;
        } catch (KeeperException e) {
            return e.code() == KeeperException.Code.CONNECTIONLOSS ? Outcome.UNREACHABLE : Outcome.ALLOWED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNREACHABLE;
        } finally {
            ZkConnections.closeQuietly(zk);
        }
    }
}
