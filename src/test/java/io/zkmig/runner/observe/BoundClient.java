package io.zkmig.runner.observe;

import io.zkmig.ensemble.ZkConnections;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.LocalAddressClientCnxnSocket;

/** A Curator client whose connections come from a chosen loopback address, like a host of a client group. */
public final class BoundClient {
    private BoundClient() {
    }

    /** Started and connected; {@code ensembleTracker} false keeps its connect string fixed. */
    public static CuratorFramework start(String connectString, String fromAddress, boolean ensembleTracker)
            throws InterruptedException {
        CuratorFramework c = CuratorFrameworkFactory.builder().connectString(connectString)
                .zkClientConfig(LocalAddressClientCnxnSocket.from(fromAddress)).ensembleTracker(ensembleTracker)
                .sessionTimeoutMs((int) ZkConnections.SESSION_TIMEOUT.toMillis()).connectionTimeoutMs(10_000)
                .retryPolicy(new ExponentialBackoffRetry(100, 20, 1000)).build();
        c.start();
        if (!c.blockUntilConnected(30, TimeUnit.SECONDS)) {
            c.close();
            throw new IllegalStateException("client from " + fromAddress + " could not connect to " + connectString);
        }
        return c;
    }
}
