package io.zkmig.sandbox.aws;

import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;

/**
 * The sandbox playing the legacy account's owner applying {@code <name>-bridge-aws} (whose AWS provider cannot
 * run here): accept the peering requested from the target network, route the target network to it in every
 * route table, admit the legacy servers' client, quorum and election ports from it. The same resources, tags and
 * rule descriptions {@code io.zkmig.stacks.BridgeAwsStack} declares, through the SDK (BridgeAwsSideTest compares).
 */
public final class BridgeAwsSide {
    private BridgeAwsSide() {
    }

    /** Applies all of it; returns the accepted peering's id. */
    public static String apply(URI endpoint, MigrationSpec spec, AwsNetwork legacy) {
        String targetCidr = spec.target().networkCidr();
        String peering = accept(endpoint, legacy, targetCidr);
        try (Ec2Client ec2 = EmulatorClients.ec2(endpoint, EmulatorAccounts.LEGACY)) {
            // the accepter resource's tags land on the peering connection
            ec2.createTags(r -> r.resources(peering).tags(Tag.builder().key("Name").value("zkmig-" + spec.name()).build(),
                    Tag.builder().key("zkmig:migration").value(spec.name()).build()));
            for (String table : legacy.routeTables()) {
                ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock(targetCidr).vpcPeeringConnectionId(peering));
            }
            if (legacy.securityGroup() != null) {
                ports(spec.legacy().servers()).forEach((port, role) -> admit(ec2, legacy.securityGroup(), port, targetCidr,
                        "zkmig " + spec.name() + ": ZooKeeper " + role + " from the target cluster"));
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

    private static void admit(Ec2Client ec2, String group, int port, String cidr, String description) {
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                .fromPort(port).toPort(port).ipRanges(IpRange.builder().cidrIp(cidr).description(description).build())
                .build()));
    }

    /** The legacy servers' ports by number with their role, as the stack names them in its rules' descriptions. */
    public static Map<Integer, String> ports(List<ServerSpec> servers) {
        Map<Integer, String> ports = new TreeMap<>();
        for (ServerSpec s : servers) {
            ports.putIfAbsent(s.clientPort(), "client port");
            ports.putIfAbsent(s.quorumPort(), "quorum port");
            ports.putIfAbsent(s.electionPort(), "election port");
        }
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
