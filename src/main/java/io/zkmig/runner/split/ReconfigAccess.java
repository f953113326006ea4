package io.zkmig.runner.split;

import io.zkmig.ensemble.ReconfigProbe;
import java.util.Optional;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.admin.ZooKeeperAdmin;

/**
 * Whether this session may reconfigure, found out without changing anything, in the words the split's
 * preconditions report. The two no-op requests and why they are the right ones (the leader checks the
 * caller's right on /zookeeper/config last, so a reconfig cannot probe credentials) are in
 * {@link ReconfigProbe}. ({@code whoAmI} would need 3.7, and a 3.5/3.6 server answers it by dropping
 * the connection.)
 */
public final class ReconfigAccess {
    private ReconfigAccess() {
    }

    /** Empty when the leader has reconfigEnabled; the problem otherwise. */
    public static Optional<String> enabled(ZooKeeperAdmin zk) throws InterruptedException {
        try {
            return ReconfigProbe.reconfigEnabled(zk) ? Optional.empty()
                    : Optional.of("reconfigEnabled is false on the leader: the zero-downtime split needs it (rolling restart"
                    + " with reconfigEnabled=true, one server at a time), or use zkmig split --static");
        } catch (KeeperException.UnimplementedException e) {
            return Optional.of("the server answering reconfig runs standalone or without dynamic reconfiguration");
        } catch (KeeperException e) {
            return Optional.of("cannot tell whether reconfig is enabled: " + e.getMessage());
        }
    }

    /** Empty when this session may write /zookeeper/config; the problem otherwise. */
    public static Optional<String> authorized(ZooKeeperAdmin zk) throws InterruptedException {
        try {
            return ReconfigProbe.mayWriteConfig(zk) ? Optional.empty()
                    : Optional.of("the credential may not reconfigure (not the super user, and /zookeeper/config's ACL grants"
                    + " it no WRITE): check legacy.superUser, and that every server, the target's included, has the same"
                    + " -Dzookeeper.DigestAuthenticationProvider.superDigest");
        } catch (KeeperException e) {
            return Optional.of("cannot tell whether the credential may reconfigure: " + e.getMessage());
        }
    }
}
