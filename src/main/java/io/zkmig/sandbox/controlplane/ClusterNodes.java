package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.ServerSpec;
import java.util.List;

/** Runs the ZooKeeper server processes of the clusters the control plane provisions. */
public interface ClusterNodes extends AutoCloseable {

    /** Starts the servers of one cluster as an ensemble and returns once every one serves; throws otherwise. */
    void start(String clusterId, List<ServerSpec> servers);

    /** Stops the servers of one cluster and removes their data; nothing if none run. */
    void stop(String clusterId);

    /** True when a process of the cluster is alive. */
    boolean isRunning(String clusterId);

    /** Stops every server this instance started, keeping their data (a restart of the control plane starts them again). */
    @Override
    void close();
}
