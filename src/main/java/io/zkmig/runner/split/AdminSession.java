package io.zkmig.runner.split;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.ZkConnections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;

/**
 * The runner's one administrative ZooKeeper session during a split: authenticated as the super user,
 * connected to the servers that survive the split (the target's), reconnected on demand. Reads of
 * {@code /zookeeper/config} are preceded by {@code sync}, so what it returns is the committed
 * configuration as the leader has it, not a lagging server's view.
 */
public final class AdminSession implements AutoCloseable {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final String superPassword;
    private String connectString;
    private ZooKeeperAdmin zk;

    public AdminSession(String connectString, String superPassword) {
        this.connectString = connectString;
        this.superPassword = superPassword;
    }

    public synchronized ZooKeeperAdmin get() throws IOException {
        if (zk == null || !zk.getState().isAlive()) {
            closeQuietly();
            zk = ZkConnections.admin(connectString, superPassword, CONNECT_TIMEOUT);
        }
        return zk;
    }

    /** Drops the current session and opens a new one, on {@code newConnectString} from now on. */
    public synchronized void reconnect(String newConnectString) throws IOException {
        closeQuietly();
        this.connectString = newConnectString;
        get();
    }

    public synchronized String connectString() {
        return connectString;
    }

    /**
     * sync + getConfig, retried across connection losses until {@code timeout}: the committed
     * configuration and its version.
     */
    public EnsembleConfig readConfig(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                ZooKeeperAdmin admin = get();
                admin.sync("/zookeeper/config");
                byte[] data = admin.getConfig(false, new Stat());
                return EnsembleConfig.parse(new String(data, StandardCharsets.UTF_8));
            } catch (KeeperException.ConnectionLossException | KeeperException.SessionExpiredException
                     | KeeperException.OperationTimeoutException | IOException e) {
                last = e;
                if (e instanceof KeeperException.SessionExpiredException) {
                    closeQuietly();
                }
                Thread.sleep(200);
            } catch (KeeperException e) {
                throw new IOException("cannot read /zookeeper/config: " + e.getMessage(), e);
            }
        }
        throw new IOException("cannot read /zookeeper/config from " + connectString + " within "
                + timeout.toSeconds() + " s" + (last == null ? "" : ": " + last.getMessage()), last);
    }

    public EnsembleConfig readConfig() throws IOException, InterruptedException {
        return readConfig(Duration.ofSeconds(60));
    }

    private synchronized void closeQuietly() {
        if (zk != null) {
            ZkConnections.closeQuietly(zk);
            zk = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
