package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.zkmig.support.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * zkmig's local Instaclustr control plane: serves the API document and the API the Instaclustr Terraform
 * provider calls, provisions ZooKeeper clusters as real server processes on loopback, keeps its state in a
 * folder and picks it up again after a restart. Closing it stops its servers and the clusters' processes
 * (their state and data stay, so the next start brings them back).
 */
public final class ControlPlane implements AutoCloseable {
    private final ControlPlaneSettings settings;
    private final ClusterNodes nodes;
    private final ZookeeperClusters clusters;
    private final Javalin server;

    private ControlPlane(ControlPlaneSettings settings, ClusterNodes nodes, ZookeeperClusters clusters, Javalin server) {
        this.settings = settings;
        this.nodes = nodes;
        this.clusters = clusters;
        this.server = server;
    }

    public static ControlPlane start(ControlPlaneSettings settings, ControlPlaneLog log) {
        try {
            PrivateFiles.createFolders(settings.stateDir());
            PrivateFiles.restrict(settings.stateDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state folder " + settings.stateDir(), e);
        }
        ObjectMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        StateStore store = new StateStore(settings.stateDir(), json);
        NodeSizeCatalog catalog = NodeSizeCatalog.load();
        ClusterNodes nodes = new LocalEnsembleNodes(settings.stateDir().resolve("nodes"), settings.reconfigEnabled());
        PeeringAwsSide aws = settings.awsEmulator() != null ? new EmulatorPeeringSide(settings.awsEmulator())
                : PeeringAwsSide.none();
        AwsVpcPeers vpcPeers = new AwsVpcPeers(store, catalog, aws, log);
        ZookeeperClusters clusters = new ZookeeperClusters(store, nodes, catalog, settings, vpcPeers, log);
        ControlPlaneApi api = new ControlPlaneApi(json, settings.credentials(), clusters, vpcPeers,
                new ClusterNetworkFirewallRules(store, log), log);
        Javalin server;
        try {
            server = api.start(settings.bindAddress(), settings.port());
        } catch (RuntimeException e) {
            clusters.close();
            nodes.close();
            throw new IllegalStateException("the control plane cannot listen on " + settings.bindAddress() + ":"
                    + settings.port() + ": " + rootMessage(e), e);
        }
        clusters.resume();
        return new ControlPlane(settings, nodes, clusters, server);
    }

    /** The value for the provider's {@code IC_API_URL}. */
    public String url() {
        return "http://" + settings.bindAddress() + ":" + server.port();
    }

    public int port() {
        return server.port();
    }

    public ControlPlaneSettings settings() {
        return settings;
    }

    /** True when a ZooKeeper process of the cluster is alive. */
    public boolean clusterProcessesRunning(String clusterId) {
        return nodes.isRunning(clusterId);
    }

    @Override
    public void close() {
        server.stop();
        clusters.close();
        nodes.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
