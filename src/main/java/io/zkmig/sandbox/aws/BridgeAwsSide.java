package io.zkmig.sandbox.aws;

import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;

/**
 * The sandbox playing the legacy account's owner applying {@code <name>-bridge-aws} (whose AWS provider cannot
 * run here): accept the peering requested from the target network, route the target network to it in every
 * route table, admit the legacy servers' client, quorum and election ports from it. The same resources the
 * stack declares, through the SDK.
 */
public final class BridgeAwsSide {
    private BridgeAwsSide() {
    }

    /** Applies all of it; returns the accepted peering's id. */
    public static String apply(URI endpoint, MigrationSpec spec, AwsNetwork legacy) {
        String peering = accept(endpoint, legacy, spec.target().networkCidr());
        try (Ec2Client ec2 = EmulatorClients.ec2(endpoint, EmulatorAccounts.LEGACY)) {
            for (String table : legacy.routeTables()) {
                ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock(spec.target().networkCidr())
                        .vpcPeeringConnectionId(peering));
            }
            for (int port : ports(spec.legacy().servers())) {
                admit(ec2, legacy.securityGroup(), port, spec.target().networkCidr());
            }
        }
        return peering;
    }

    /** Accepts the pending peering from {@code targetCidr} into the legacy VPC (as the accepter stack does). */
    public static String accept(URI endpoint, AwsNetwork legacy, String targetCidr) {
        try (Ec2Client ec2 = EmulatorClients.ec2(endpoint, EmulatorAccounts.LEGACY)) {
            String id = pending(ec2, legacy.vpcId(), targetCidr);
            ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id));
            return id;
        }
    }

    static void admit(Ec2Client ec2, String group, int port, String cidr) {
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                .fromPort(port).toPort(port).ipRanges(IpRange.builder().cidrIp(cidr).description("zkmig bridge").build())
                .build()));
    }

    static Set<Integer> ports(List<ServerSpec> servers) {
        Set<Integer> ports = new TreeSet<>();
        servers.forEach(s -> {
            ports.add(s.clientPort());
            ports.add(s.quorumPort());
            ports.add(s.electionPort());
        });
        return ports;
    }

    /** Filtered here, not by the request: LocalStack ignores the accepter-vpc-info and status-code filters. */
    private static String pending(Ec2Client ec2, String vpc, String targetCidr) {
        return ec2.describeVpcPeeringConnectionsPaginator(r -> { }).vpcPeeringConnections().stream()
                .filter(p -> vpc.equals(p.accepterVpcInfo().vpcId()))
                .filter(p -> "pending-acceptance".equals(p.status().codeAsString()))
                .filter(p -> targetCidr.equals(p.requesterVpcInfo().cidrBlock()))
                .map(VpcPeeringConnection::vpcPeeringConnectionId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no pending peering from " + targetCidr + " into " + vpc
                        + ": deploy <name>-bridge first (the Instaclustr side requests it)"));
    }
}
