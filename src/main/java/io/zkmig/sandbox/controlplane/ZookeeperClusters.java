package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.ServerSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Managed ZooKeeper clusters: a creation is answered at once (PROVISIONING) while the cluster's real
 * ZooKeeper servers start; the cluster is RUNNING once every one serves. A deletion answers once the servers
 * have stopped; the cluster is gone (404) from then.
 */
final class ZookeeperClusters implements AutoCloseable {
    static final String PROVISIONING = "PROVISIONING";
    static final String RUNNING = "RUNNING";
    static final String FAILED = "FAILED";
    static final String DELETING = "DELETING";
    static final Duration DELETE_WAIT = Duration.ofMinutes(2);
    private static final char[] RACKS = {'a', 'b', 'c'};

    private final StateStore store;
    private final ClusterNodes nodes;
    private final NodeSizeCatalog catalog;
    private final NodeAddressPool addresses;
    private final ControlPlaneSettings settings;
    private final AwsVpcPeers vpcPeers;
    private final ControlPlaneLog log;
    private final ExecutorService lifecycle = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cluster-lifecycle");
        t.setDaemon(true);
        return t;
    });

    ZookeeperClusters(StateStore store, ClusterNodes nodes, NodeSizeCatalog catalog, ControlPlaneSettings settings,
                      AwsVpcPeers vpcPeers, ControlPlaneLog log) {
        this.vpcPeers = vpcPeers;
        this.store = store;
        this.nodes = nodes;
        this.catalog = catalog;
        this.addresses = new NodeAddressPool(settings);
        this.settings = settings;
        this.log = log;
    }

    ZookeeperClusterV2 create(ZookeeperClusterV2 request) {
        ZookeeperClusterV2 wanted = ZookeeperClusterRequests.normalize(request);
        ZookeeperClusterRequests.validate(wanted, catalog, settings.zookeeperVersions());
        ZookeeperClusterV2 cluster;
        List<ServerSpec> servers;
        synchronized (store) {
            if (store.clusters().stream().anyMatch(c -> c.name().equals(wanted.name()))) {
                throw ApiError.conflict("name", "a cluster named '" + wanted.name() + "' already exists");
            }
            ZookeeperDataCentreV2 dc = wanted.dataCentre();
            servers = addresses.allocate(dc.numberOfNodes(), wanted.zookeeperVersion(), store.allPlacements());
            if (servers.isEmpty()) {
                throw ApiError.badRequest("dataCentres[0].numberOfNodes", "no capacity left for " + dc.numberOfNodes()
                        + " nodes on this control plane (loopback block of " + settings.firstNodeAddress() + ")");
            }
            List<NodeDetailsV2> details = new ArrayList<>();
            for (int i = 0; i < servers.size(); i++) {
                details.add(new NodeDetailsV2(UUID.randomUUID().toString(), dc.nodeSize(), PROVISIONING,
                        rack(dc.region(), i), servers.get(i).host(), null, List.of("APACHE_ZOOKEEPER"), null, null));
            }
            ZookeeperDataCentreV2 provisioned = dc.withIdentity(UUID.randomUUID().toString(), PROVISIONING, details);
            cluster = new ZookeeperClusterV2(UUID.randomUUID().toString(), wanted.name(), wanted.zookeeperVersion(),
                    wanted.slaTier(), wanted.privateNetworkCluster(), wanted.description(), wanted.twoFactorDelete(),
                    List.of(provisioned), PROVISIONING, "OPERATION_IN_PROGRESS");
            store.putCluster(cluster, servers);
        }
        log.info("cluster " + cluster.id() + " (" + cluster.name() + ", ZooKeeper " + cluster.zookeeperVersion() + ", "
                + servers.size() + " nodes) provisioning");
        lifecycle.submit(() -> provision(cluster.id()));
        return cluster;
    }

    ZookeeperClusterV2 get(String id) {
        return store.cluster(id).orElseThrow(() -> ApiError.notFound("Cluster", id));
    }

    ZookeeperClusterV2 update(String id, ZookeeperClusterV2 request) {
        ZookeeperClusterV2 stored = get(id);
        if (DELETING.equals(stored.status())) {
            throw ApiError.conflict("", "cluster " + id + " is being deleted");
        }
        ZookeeperClusterV2 wanted = ZookeeperClusterRequests.normalize(request);
        List<FieldError> problems = new ArrayList<>(ZookeeperClusterRequests.immutableChanges(stored, wanted));
        if (!problems.isEmpty()) {
            throw new ApiError(400, problems);
        }
        ZookeeperClusterRequests.validate(wanted, catalog, settings.zookeeperVersions());
        ZookeeperDataCentreV2 dc = wanted.dataCentre();
        ZookeeperClusterV2 updated = store.updateCluster(id, c -> c.withUpdatableSettings(wanted.description(),
                wanted.twoFactorDelete(), c.dataCentre().withTags(dc.tagManagementEnabled(), dc.tags())))
                .orElseThrow(() -> ApiError.notFound("Cluster", id));
        log.info("cluster " + id + " settings updated");
        return updated;
    }

    /**
     * Deletes the cluster and answers (204, as Instaclustr's API answers it) once its servers have stopped, within
     * {@link #DELETE_WAIT}; a deletion that takes longer goes on in the background (the cluster shows DELETING).
     */
    void delete(String id) {
        ZookeeperClusterV2 deleting = store.updateCluster(id, c -> c.withStatus(DELETING, "OPERATION_IN_PROGRESS",
                        c.dataCentre().withState(DELETING, c.dataCentre().nodes())))
                .orElseThrow(() -> ApiError.notFound("Cluster", id));
        log.info("cluster " + id + " (" + deleting.name() + ") deleting");
        Future<?> done = lifecycle.submit(() -> decommission(id));
        try {
            done.get(DELETE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.info("cluster " + id + " still deleting after " + DELETE_WAIT.toSeconds() + " s; it goes on in the background");
        } catch (ExecutionException e) {
            log.error("cluster " + id + " deletion failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a restart: starts the servers of the clusters that exist, finishes interrupted deletions. */
    void resume() {
        for (ZookeeperClusterV2 cluster : store.clusters()) {
            if (DELETING.equals(cluster.status())) {
                lifecycle.submit(() -> decommission(cluster.id()));
            } else if (!FAILED.equals(cluster.status())) {
                log.info("cluster " + cluster.id() + " (" + cluster.name() + ") starting its servers again");
                lifecycle.submit(() -> restart(cluster.id()));
            }
        }
    }

    /**
     * Servers of an existing cluster come back with their data and the configuration they last had (as a managed
     * cluster's nodes restart); one that cannot serve with it is logged, never wiped.
     */
    private void restart(String id) {
        try {
            List<String> problems = nodes.resume(id, store.placement(id));
            problems.forEach(p -> log.error("cluster " + id + ": " + p));
            running(id);
        } catch (RuntimeException e) {
            log.error("cluster " + id + " could not start its servers again (data kept): " + e.getMessage());
        }
    }

    private void running(String id) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        store.updateCluster(id, c -> DELETING.equals(c.status()) ? c : c.withStatus(RUNNING, "NO_OPERATION",
                c.dataCentre().withState(RUNNING, c.dataCentre().nodes().stream()
                        .map(n -> n.withStatus(RUNNING, n.startTime() != null ? n.startTime() : now)).toList())));
        log.info("cluster " + id + " RUNNING");
    }

    private void provision(String id) {
        try {
            nodes.start(id, store.placement(id));
            running(id);
        } catch (RuntimeException e) {
            log.error("cluster " + id + " failed to start its servers: " + e.getMessage());
            nodes.stop(id);
            store.updateCluster(id, c -> DELETING.equals(c.status()) ? c : c.withStatus(FAILED, "OPERATION_FAILED",
                    c.dataCentre().withState(FAILED, c.dataCentre().nodes().stream()
                            .map(n -> n.withStatus(FAILED, n.startTime())).toList())));
        }
    }

    private void decommission(String id) {
        try {
            nodes.stop(id);
            store.cluster(id).ifPresent(c -> vpcPeers.deleteConnectionsOf(c.dataCentre().id()));
            store.removeCluster(id);
            log.info("cluster " + id + " deleted");
        } catch (RuntimeException e) {
            log.error("cluster " + id + " could not be deleted: " + e.getMessage());
        }
    }

    private static String rack(String region, int index) {
        return region.toLowerCase().replace('_', '-') + RACKS[index % RACKS.length];
    }

    @Override
    public void close() {
        lifecycle.shutdownNow();
        try {
            lifecycle.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
