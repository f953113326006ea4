package io.zkmig.stacks;

import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.TerraformStack;
import imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2;
import imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRule;
import imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2;
import imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.TargetCluster;
import java.util.List;
import software.constructs.Construct;

/**
 * {@code <name>-target}: the Instaclustr managed ZooKeeper cluster and its network firewall rules.
 * The firewall rules resource is authoritative for the whole cluster (the provider's docs: "all CIDR
 * based firewall rules in a cluster"), so it lives here, not in the bridge: client rules must outlive
 * the bridge; the legacy CIDR's rule is in it only while the bridge is (see {@link StageLayout}).
 */
public final class TargetStack extends TerraformStack {
    public static final String CLUSTER_ID = "cluster_id";
    public static final String DATA_CENTRE_ID = "data_centre_id";
    public static final String NODE_ADDRESSES = "node_addresses";
    static final String FIREWALL_RULE_TYPE = "APACHE_ZOOKEEPER";

    public TargetStack(Construct scope, MigrationSpec spec) {
        super(scope, new StackNames(spec.name()).target());
        StateBackends.configure(this, spec, new StackNames(spec.name()).target());
        InstaclustrAccess.provider(this);
        if (!StageLayout.hasTargetCluster(spec.stage())) {
            return;
        }
        ZookeeperClusterV2 cluster = cluster(spec);
        firewallRules(spec, cluster);
        TerraformOutput.Builder.create(this, CLUSTER_ID).value(cluster.getId())
                .description("Instaclustr cluster id").build();
        TerraformOutput.Builder.create(this, DATA_CENTRE_ID).value(cluster.getDataCentre().get(0).getId())
                .description("Cluster data centre id (the bridge's peering attaches to it)").build();
        TerraformOutput.Builder.create(this, NODE_ADDRESSES)
                .value("${" + cluster.getFqn() + ".data_centre[0].nodes[*].private_address}")
                .description("Private addresses of the target ZooKeeper nodes").build();
    }

    private ZookeeperClusterV2 cluster(MigrationSpec spec) {
        TargetCluster t = spec.target();
        return ZookeeperClusterV2.Builder.create(this, "cluster")
                .name(t.clusterName())
                .zookeeperVersion(t.version())
                .slaTier(t.slaTier())
                .privateNetworkCluster(t.privateNetwork())
                .dataCentre(List.of(ZookeeperClusterV2DataCentre.builder()
                        .name("AWS_VPC_" + t.region())
                        .cloudProvider("AWS_VPC")
                        .region(t.region())
                        .network(t.networkCidr())
                        .nodeSize(t.nodeSize())
                        .numberOfNodes(t.nodeCount())
                        .build()))
                .lifecycle(TerraformResourceLifecycle.builder()
                        .preventDestroy(StageLayout.protectsTargetCluster(spec.stage()))
                        .build())
                .build();
    }

    private void firewallRules(MigrationSpec spec, ZookeeperClusterV2 cluster) {
        List<String> networks = FirewallNetworks.of(spec);
        if (networks.isEmpty()) {
            return;
        }
        ClusterNetworkFirewallRulesV2.Builder.create(this, "firewall")
                .clusterId(cluster.getId())
                .firewallRule(networks.stream()
                        .map(n -> ClusterNetworkFirewallRulesV2FirewallRule.builder()
                                .type(FIREWALL_RULE_TYPE).network(n).build())
                        .toList())
                .build();
    }
}
