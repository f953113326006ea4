package io.zkmig.ensemble;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.admin.ZooKeeperAdmin;

/**
 * Opens ZooKeeper connections for the runner: a plain {@link ZooKeeperAdmin} (reconfig, getConfig,
 * tree walks) or a Curator client, optionally authenticated as the super user (digest scheme).
 */
public final class ZkConnections {
    public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(15);

    private ZkConnections() {
    }

    /** Connects and waits for SyncConnected; closes and fails when it does not come. */
    public static ZooKeeperAdmin admin(String connectString, String superPassword, Duration timeout) throws IOException {
        CountDownLatch connected = new CountDownLatch(1);
        ZooKeeperAdmin zk = new ZooKeeperAdmin(connectString, (int) SESSION_TIMEOUT.toMillis(), event -> {
            if (event.getState() == Watcher.Event.KeeperState.SyncConnected) {
                connected.countDown();
            }
        });
        try {
            if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                zk.close();
                throw new IOException("could not connect to " + connectString + " within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(zk);
            throw new IOException("interrupted while connecting to " + connectString, e);
        }
        if (superPassword != null) {
            zk.addAuthInfo("digest", ("super:" + superPassword).getBytes(StandardCharsets.UTF_8));
        }
        return zk;
    }

    /** A started Curator client (EnsembleTracker on, as Curator's default). */
    public static CuratorFramework curator(String connectString) {
        CuratorFramework c = CuratorFrameworkFactory.builder().connectString(connectString)
                .sessionTimeoutMs((int) SESSION_TIMEOUT.toMillis()).connectionTimeoutMs(10_000)
                .retryPolicy(new ExponentialBackoffRetry(200, 10, 2000)).build();
        c.start();
        return c;
    }

    public static void closeQuietly(ZooKeeper zk) {
        try {
            zk.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
