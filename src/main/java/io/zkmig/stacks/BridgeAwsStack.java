package io.zkmig.stacks;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.data_aws_vpc_peering_connection.DataAwsVpcPeeringConnection;
import com.hashicorp.cdktf.providers.aws.data_aws_vpc_peering_connection.DataAwsVpcPeeringConnectionFilter;
import com.hashicorp.cdktf.providers.aws.route.Route;
import com.hashicorp.cdktf.providers.aws.security_group_rule.SecurityGroupRule;
import com.hashicorp.cdktf.providers.aws.vpc_peering_connection_accepter.VpcPeeringConnectionAccepterA;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * {@code <name>-bridge-aws}: the legacy account's side of the bridge. Accepts the peering the
 * {@code <name>-bridge} stack requested, routes the target CIDR through it in every legacy route table,
 * and opens the legacy servers' ZooKeeper ports (client, quorum, election) to the target CIDR.
 * Needs the AWS provider; checked here at synthesis level (docs/stacks.md).
 *
 * <p>The peering is found on the AWS side, as the one into the legacy VPC from the target's CIDR,
 * rather than through the Instaclustr resource's {@code id}: the provider's docs do not say that id is
 * the AWS {@code pcx-} id. So deploy {@code <name>-bridge} first: the request must exist.
 */
public final class BridgeAwsStack extends TerraformStack {

    public BridgeAwsStack(Construct scope, MigrationSpec spec, AwsNetwork legacyNetwork) {
        super(scope, new StackNames(spec.name()).bridgeAws());
        StateBackends.configure(this, spec, new StackNames(spec.name()).bridgeAws());
        AwsAccess.provider(this, legacyNetwork);
        if (!StageLayout.hasBridge(spec.stage())) {
            return;
        }
        String targetCidr = spec.target().networkCidr();
        DataAwsVpcPeeringConnection requested = DataAwsVpcPeeringConnection.Builder.create(this, "requested")
                .peerVpcId(legacyNetwork.vpcId())
                .cidrBlock(targetCidr)
                .filter(List.of(DataAwsVpcPeeringConnectionFilter.builder()
                        .name("status-code")
                        .values(List.of("pending-acceptance", "provisioning", "active"))
                        .build()))
                .build();
        VpcPeeringConnectionAccepterA accepter = VpcPeeringConnectionAccepterA.Builder.create(this, "accepter")
                .vpcPeeringConnectionId(requested.getId())
                .autoAccept(true)
                .tags(Map.of("Name", "zkmig-" + spec.name(), "zkmig:migration", spec.name()))
                .build();
        for (String routeTable : legacyNetwork.routeTables()) {
            Route.Builder.create(this, "route-" + routeTable)
                    .routeTableId(routeTable)
                    .destinationCidrBlock(targetCidr)
                    .vpcPeeringConnectionId(accepter.getId())
                    .build();
        }
        if (legacyNetwork.securityGroup() != null) {
            legacyPorts(spec).forEach((port, role) -> SecurityGroupRule.Builder.create(this, "ingress-" + port)
                    .type("ingress")
                    .protocol("tcp")
                    .fromPort(port)
                    .toPort(port)
                    .cidrBlocks(List.of(targetCidr))
                    .securityGroupId(legacyNetwork.securityGroup())
                    .description("zkmig " + spec.name() + ": ZooKeeper " + role + " from the target cluster")
                    .build());
        }
    }

    /** The legacy servers' ZooKeeper ports by number (usually 2181, 2888, 3888), with their role. */
    static Map<Integer, String> legacyPorts(MigrationSpec spec) {
        Map<Integer, String> ports = new TreeMap<>();
        for (ServerSpec s : spec.legacy().servers()) {
            ports.putIfAbsent(s.clientPort(), "client port");
            ports.putIfAbsent(s.quorumPort(), "quorum port");
            ports.putIfAbsent(s.electionPort(), "election port");
        }
        return ports;
    }
}
