package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.spec.ServerSpec;
import io.zkmig.support.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The control plane's resources, in memory and in {@code <state dir>/state.json}. Every change is written
 * through (to a temporary file, then moved over the old one), so a restart finds what was acknowledged.
 */
final class StateStore {
    private final Path file;
    private final ObjectMapper json;
    private final Map<String, ZookeeperClusterV2> clusters = new LinkedHashMap<>();
    private final Map<String, List<ServerSpec>> placements = new LinkedHashMap<>();
    private final Map<String, AwsVpcPeerV2> vpcPeers = new LinkedHashMap<>();
    private final Map<String, ClusterNetworkFirewallRulesV2> firewallRules = new LinkedHashMap<>();
    private final Map<String, String> peeringConnections = new LinkedHashMap<>();

    StateStore(Path stateDir, ObjectMapper json) {
        this.file = stateDir.resolve("state.json");
        this.json = json;
        load();
    }

    synchronized List<ZookeeperClusterV2> clusters() {
        return List.copyOf(clusters.values());
    }

    synchronized Optional<ZookeeperClusterV2> cluster(String id) {
        return Optional.ofNullable(clusters.get(id));
    }

    synchronized Optional<ZookeeperClusterV2> clusterByDataCentre(String dataCentreId) {
        return clusters.values().stream().filter(c -> dataCentreId.equals(c.dataCentre().id())).findFirst();
    }

    synchronized List<ServerSpec> placement(String clusterId) {
        return placements.getOrDefault(clusterId, List.of());
    }

    synchronized List<ServerSpec> allPlacements() {
        return placements.values().stream().flatMap(List::stream).toList();
    }

    synchronized void putCluster(ZookeeperClusterV2 cluster, List<ServerSpec> servers) {
        clusters.put(cluster.id(), cluster);
        placements.put(cluster.id(), List.copyOf(servers));
        save();
    }

    /** Applies {@code change} to the stored cluster, if it still exists, and returns the result. */
    synchronized Optional<ZookeeperClusterV2> updateCluster(String id, UnaryOperator<ZookeeperClusterV2> change) {
        ZookeeperClusterV2 current = clusters.get(id);
        if (current == null) {
            return Optional.empty();
        }
        ZookeeperClusterV2 updated = change.apply(current);
        clusters.put(id, updated);
        save();
        return Optional.of(updated);
    }

    /** Removes a cluster with everything attached to it (its peerings and firewall rules). */
    synchronized void removeCluster(String id) {
        ZookeeperClusterV2 removed = clusters.remove(id);
        placements.remove(id);
        firewallRules.remove(id);
        if (removed != null) {
            String dataCentreId = removed.dataCentre().id();
            vpcPeers.values().removeIf(p -> dataCentreId.equals(p.cdcId()));
            peeringConnections.keySet().retainAll(vpcPeers.keySet());
        }
        save();
    }

    synchronized Optional<AwsVpcPeerV2> vpcPeer(String id) {
        return Optional.ofNullable(vpcPeers.get(id));
    }

    synchronized List<AwsVpcPeerV2> vpcPeers() {
        return List.copyOf(vpcPeers.values());
    }

    synchronized void putVpcPeer(AwsVpcPeerV2 peer) {
        vpcPeers.put(peer.id(), peer);
        save();
    }

    /** A new peering with the AWS connection it requested ({@code connectionId} null when there is no AWS). */
    synchronized void putVpcPeer(AwsVpcPeerV2 peer, String connectionId) {
        vpcPeers.put(peer.id(), peer);
        if (connectionId != null) {
            peeringConnections.put(peer.id(), connectionId);
        }
        save();
    }

    synchronized Optional<String> peeringConnection(String vpcPeerId) {
        return Optional.ofNullable(peeringConnections.get(vpcPeerId));
    }

    /** The AWS connections of the peerings of a data centre. */
    synchronized List<String> peeringConnectionsOf(String dataCentreId) {
        return vpcPeers.values().stream().filter(p -> dataCentreId.equals(p.cdcId()))
                .map(p -> peeringConnections.get(p.id())).filter(Objects::nonNull).toList();
    }

    synchronized boolean removeVpcPeer(String id) {
        boolean removed = vpcPeers.remove(id) != null;
        peeringConnections.remove(id);
        save();
        return removed;
    }

    synchronized Optional<ClusterNetworkFirewallRulesV2> firewallRules(String clusterId) {
        return Optional.ofNullable(firewallRules.get(clusterId));
    }

    synchronized void putFirewallRules(ClusterNetworkFirewallRulesV2 rules) {
        firewallRules.put(rules.clusterId(), rules);
        save();
    }

    synchronized boolean removeFirewallRules(String clusterId) {
        boolean removed = firewallRules.remove(clusterId) != null;
        save();
        return removed;
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            ControlPlaneState state = json.readValue(file.toFile(), ControlPlaneState.class);
            state.clusters().forEach(c -> clusters.put(c.id(), c));
            placements.putAll(state.placements());
            state.vpcPeers().forEach(p -> vpcPeers.put(p.id(), p));
            state.firewallRules().forEach(r -> firewallRules.put(r.clusterId(), r));
            peeringConnections.putAll(state.peeringConnections());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the control plane state " + file + ": " + e.getMessage(), e);
        }
    }

    private void save() {
        ControlPlaneState state = new ControlPlaneState(new ArrayList<>(clusters.values()), new LinkedHashMap<>(placements),
                new ArrayList<>(vpcPeers.values()), new ArrayList<>(firewallRules.values()),
                new LinkedHashMap<>(peeringConnections));
        try {
            PrivateFiles.createFolders(file.getParent());
            PrivateFiles.writeAtomically(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the control plane state " + file + ": " + e.getMessage(), e);
        }
    }
}
