package io.zkmig.runner.split;

import java.util.Optional;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;

/**
 * Whether this session may reconfigure, found out without changing anything.
 *
 * <p>Sharp edge (measured on 3.5.10 and 3.8.4, and so in the source): the leader checks a reconfig in
 * this order: reconfigEnabled, reconfig-in-progress, the {@code fromConfig} version, the arguments,
 * the synced quorum, and only then the caller's WRITE right on {@code /zookeeper/config}. So a reconfig
 * with an impossible version tells enabled (ReconfigDisabled) from not (BadVersion) but says nothing
 * about credentials: it answers BadVersion without any. Credentials are checked with a setData that
 * cannot succeed (see {@link #authorized}); the identity is the one the server we are connected to
 * computes, which is also what it forwards to the leader with our reconfigs. ({@code whoAmI} would
 * need 3.7, and a 3.5/3.6 server answers it by dropping the connection.)
 */
public final class ReconfigAccess {
    /** Versions are zxids; epoch 0 counter 1 is never a configuration's version. */
    private static final long IMPOSSIBLE_VERSION = 1L;

    private ReconfigAccess() {
    }

    /** Empty when the leader has reconfigEnabled; the problem otherwise. */
    public static Optional<String> enabled(ZooKeeperAdmin zk) throws InterruptedException {
        try {
            zk.reconfigure((String) null, null, null, IMPOSSIBLE_VERSION, new Stat());
            return Optional.empty();
        } catch (KeeperException.ReconfigDisabledException e) {
            return Optional.of("reconfigEnabled is false on the leader: the zero-downtime split needs it (rolling restart"
                    + " with reconfigEnabled=true, one server at a time), or use zkmig split --static");
        } catch (KeeperException.BadVersionException | KeeperException.ReconfigInProgress e) {
            return Optional.empty();
        } catch (KeeperException.UnimplementedException e) {
            return Optional.of("the server answering reconfig runs standalone or without dynamic reconfiguration");
        } catch (KeeperException e) {
            return Optional.of("cannot tell whether reconfig is enabled: " + e.getMessage());
        }
    }

    /**
     * Empty when this session may write /zookeeper/config; the problem otherwise. A setData on
     * /zookeeper/config with a data version it never reaches: the server checks the WRITE right before
     * the version, so NoAuth means no right and BadVersion means the right is there; nothing is written.
     */
    public static Optional<String> authorized(ZooKeeperAdmin zk) throws InterruptedException {
        try {
            byte[] config = zk.getData(ZooDefs.CONFIG_NODE, false, null);
            zk.setData(ZooDefs.CONFIG_NODE, config, Integer.MAX_VALUE);
            return Optional.empty();
        } catch (KeeperException.BadVersionException e) {
            return Optional.empty();
        } catch (KeeperException.NoAuthException e) {
            return Optional.of("the credential may not reconfigure (not the super user, and /zookeeper/config's ACL grants"
                    + " it no WRITE): check legacy.superUser, and that every server, the target's included, has the same"
                    + " -Dzookeeper.DigestAuthenticationProvider.superDigest");
        } catch (KeeperException e) {
            return Optional.of("cannot tell whether the credential may reconfigure: " + e.getMessage());
        }
    }
}
