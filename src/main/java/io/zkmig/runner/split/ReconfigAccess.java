package io.zkmig.runner.split;

import java.util.List;
import java.util.Optional;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.ClientInfo;
import org.apache.zookeeper.data.Stat;

/**
 * Whether this session may reconfigure, found out without changing anything.
 *
 * <p>Sharp edge (measured on 3.5.10 and 3.8.4, and so in the source): the leader checks a reconfig in
 * this order: reconfigEnabled, reconfig-in-progress, the {@code fromConfig} version, the arguments,
 * the synced quorum, and only then the caller's WRITE right on {@code /zookeeper/config}. So a reconfig
 * with an impossible version tells enabled (ReconfigDisabled) from not (BadVersion) but says nothing
 * about credentials: it answers BadVersion without any. Credentials are checked with {@code whoAmI}
 * (3.7+; the admin session sits on a target server, which computes the identity the leader will check):
 * the super user, or an identity that {@code /zookeeper/config}'s ACL grants WRITE.
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
     * Empty when this session may write /zookeeper/config; the problem otherwise. {@code whoAmISupported}:
     * every server the session may sit on runs 3.7+; when not, the answer is empty with a note, and a
     * missing right shows as NoAuth on the first reconfig, before anything changed.
     */
    public static Optional<String> authorized(ZooKeeperAdmin zk, boolean whoAmISupported,
                                              java.util.function.Consumer<String> note) throws InterruptedException {
        if (!whoAmISupported) {
            note.accept("the servers answering this session predate whoAmI (3.7): the credential is proven by the first"
                    + " reconfig (NoAuth stops it before anything changes)");
            return Optional.empty();
        }
        List<ClientInfo> identities;
        try {
            identities = zk.whoAmI();
        } catch (RuntimeException e) {
            return Optional.of("cannot tell whether the credential may reconfigure (whoAmI failed: " + e.getMessage() + ")");
        }
        if (identities == null) {
            return Optional.of("cannot tell whether the credential may reconfigure (whoAmI gave no answer)");
        }
        if (identities.stream().anyMatch(i -> "super".equals(i.getAuthScheme()))) {
            return Optional.empty();
        }
        try {
            List<ACL> acl = zk.getACL("/zookeeper/config", new Stat());
            for (ACL a : acl) {
                if ((a.getPerms() & ZooDefs.Perms.WRITE) == 0) {
                    continue;
                }
                if ("world".equals(a.getId().getScheme()) && "anyone".equals(a.getId().getId())) {
                    return Optional.empty();
                }
                for (ClientInfo i : identities) {
                    if (i.getAuthScheme().equals(a.getId().getScheme()) && i.getUser().equals(a.getId().getId())) {
                        return Optional.empty();
                    }
                }
            }
        } catch (KeeperException e) {
            return Optional.of("cannot read /zookeeper/config's ACL: " + e.getMessage());
        }
        return Optional.of("the credential is not the super user and /zookeeper/config's ACL grants it no WRITE: check"
                + " legacy.superUser, and that every server (target included) has the same"
                + " -Dzookeeper.DigestAuthenticationProvider.superDigest");
    }
}
