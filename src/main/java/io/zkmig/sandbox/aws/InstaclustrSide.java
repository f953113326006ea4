package io.zkmig.sandbox.aws;

import java.net.URI;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * The Instaclustr account's part in the emulator: the data centre's VPC with the cluster network, and the
 * peering request from it into the customer's VPC, which the customer then sees {@code pending-acceptance}.
 * The control plane calls it when it creates an {@code aws_vpc_peer_v2}.
 */
public final class InstaclustrSide {
    private InstaclustrSide() {
    }

    /** Requests the peering; returns its {@code pcx-} id. */
    public static String requestPeering(URI endpoint, String dataCentreCidr, String peerAccount, String peerVpc,
                                        String peerRegion) {
        try (Ec2Client ec2 = EmulatorClients.instaclustrEc2(endpoint)) {
            // filtered here: an emulator may ignore a request's filters
            String vpc = ec2.describeVpcsPaginator(r -> { }).vpcs().stream()
                    .filter(v -> dataCentreCidr.equals(v.cidrBlock())).map(v -> v.vpcId()).findFirst()
                    .orElseGet(() -> ec2.createVpc(r -> r.cidrBlock(dataCentreCidr)
                            .tagSpecifications(LegacyNetworkFixture.tags(ResourceType.VPC, "instaclustr", "data-centre")))
                            .vpc().vpcId());
            return ec2.createVpcPeeringConnection(r -> r.vpcId(vpc).peerVpcId(peerVpc).peerOwnerId(peerAccount)
                    .peerRegion(peerRegion)).vpcPeeringConnection().vpcPeeringConnectionId();
        }
    }

    /** The peering's status as the Instaclustr side sees it (pending-acceptance, active, deleted...). */
    public static String status(URI endpoint, String peeringId) {
        try (Ec2Client ec2 = EmulatorClients.instaclustrEc2(endpoint)) {
            return ec2.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(peeringId)).vpcPeeringConnections()
                    .get(0).status().codeAsString();
        }
    }

    public static void deletePeering(URI endpoint, String peeringId) {
        try (Ec2Client ec2 = EmulatorClients.instaclustrEc2(endpoint)) {
            ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(peeringId));
        }
    }
}
