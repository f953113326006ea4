package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.ServerSpec;
import java.util.List;

/** Runs the ZooKeeper server processes of the clusters the control plane provisions. */
public interface ClusterNodes extends AutoCloseable {

    /** Starts the servers of one cluster as an ensemble and returns once every one serves; throws otherwise. */
    void start(String clusterId, List<ServerSpec> servers);

    /**
     * After a restart of the control plane: starts the servers of one cluster again with the configuration and data
     * they had (zkmig may have changed their configuration since they were provisioned), and returns the problem of
     * each server that does not serve; nothing is stopped or removed.
     */
    List<String> resume(String clusterId, List<ServerSpec> servers);

    /** Stops the servers of one cluster and removes their data; nothing if none run. */
    void stop(String clusterId);

    /** True when a process of the cluster is alive. */
    boolean isRunning(String clusterId);

    /** Stops every server this instance started, keeping their data (a restart of the control plane starts them again). */
    @Override
    void close();
}
