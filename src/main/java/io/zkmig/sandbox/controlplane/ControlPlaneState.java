package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.ServerSpec;
import java.util.List;
import java.util.Map;

/**
 * What the control plane keeps on disk: the resources as the API reports them, and where each cluster's
 * servers run (address, ports, myid) and the AWS connection ({@code pcx-} id) of each peering, which the API does
 * not show.
 */
record ControlPlaneState(List<ZookeeperClusterV2> clusters, Map<String, List<ServerSpec>> placements,
                         List<AwsVpcPeerV2> vpcPeers, List<ClusterNetworkFirewallRulesV2> firewallRules,
                         Map<String, String> peeringConnections) {

    ControlPlaneState {
        // absent from the state of a control plane that predates it
        peeringConnections = peeringConnections == null ? Map.of() : peeringConnections;
    }

    static ControlPlaneState empty() {
        return new ControlPlaneState(List.of(), Map.of(), List.of(), List.of(), Map.of());
    }
}
