package io.zkmig.cloud;

import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.Cidr;
import io.zkmig.spec.MigrationSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnectionVpcInfo;

/**
 * Read-only: is the AWS side of the bridge in place? The peering between the target network and the legacy VPC
 * is {@code active}; every route table the spec lists routes the target network to that peering; the security
 * group admits every legacy server's client, quorum and election port from the target network. Each finding
 * names exactly what is missing, e.g. {@code rtb-…: no route to 10.30.0.0/16}.
 */
public final class BridgeCheck {
    static final String CHECK = "bridge";
    private static final Set<String> GONE = Set.of("deleted", "deleting", "rejected", "failed", "expired");

    private BridgeCheck() {
    }

    /** Runs against the spec's {@code legacy.network}; empty when the spec has none. */
    public static List<CloudFinding> run(Ec2Client ec2, MigrationSpec spec) {
        return run(ec2, spec, null);
    }

    /** The same through a session; a finding that the account did not answer says where the calls went. */
    public static List<CloudFinding> run(AwsSession session, MigrationSpec spec) {
        return run(session.ec2(), spec, session.describe());
    }

    private static List<CloudFinding> run(Ec2Client ec2, MigrationSpec spec, String where) {
        Optional<AwsNetwork> network = spec.legacy().awsNetwork();
        if (network.isEmpty()) {
            return List.of();
        }
        AwsNetwork n = network.get();
        Cidr target = Cidr.parse(spec.target().networkCidr());
        List<CloudFinding> findings = new ArrayList<>();
        try {
            Optional<String> peering = peering(ec2, n, target, findings);
            for (String routeTable : n.routeTables()) {
                findings.add(route(ec2, n, routeTable, target, peering));
            }
            findings.addAll(securityGroup(ec2, n, target, LegacyPorts.of(spec.legacy().servers())));
        } catch (SdkException e) {
            findings.add(CloudFinding.unreadable(CHECK, n.vpcId(), where, AwsErrors.describe(e)));
        }
        return findings;
    }

    /**
     * The peerings between the target network and the legacy VPC that are not gone (any status but deleted,
     * rejected, failed, expired): what disconnect and decommission require to be none.
     */
    public static List<String> remainingPeerings(Ec2Client ec2, MigrationSpec spec) {
        Optional<AwsNetwork> network = spec.legacy().awsNetwork();
        if (network.isEmpty()) {
            return List.of();
        }
        AwsNetwork n = network.get();
        Cidr target = Cidr.parse(spec.target().networkCidr());
        return ec2.describeVpcPeeringConnectionsPaginator(r -> { }).vpcPeeringConnections().stream()
                .filter(p -> p.status() == null || !GONE.contains(p.status().codeAsString()))
                .filter(p -> otherSide(p, n.vpcId()).isPresent())
                .filter(p -> cidrs(otherSide(p, n.vpcId()).get()).anyMatch(target::equals))
                .map(p -> p.vpcPeeringConnectionId() + " (" + (p.status() == null ? "?" : p.status().codeAsString()) + ")")
                .toList();
    }

    /** True when any finding says the target cannot reach the legacy quorum port (observe's gate). */
    public static boolean blocksQuorum(List<CloudFinding> findings) {
        return findings.stream().anyMatch(CloudFinding::failed);
    }

    private static Optional<String> peering(Ec2Client ec2, AwsNetwork n, Cidr target, List<CloudFinding> findings) {
        List<VpcPeeringConnection> intoLegacy = ec2.describeVpcPeeringConnectionsPaginator(r -> { })
                .vpcPeeringConnections().stream()
                .filter(p -> p.status() == null || !GONE.contains(p.status().codeAsString()))
                .filter(p -> otherSide(p, n.vpcId()).isPresent())
                .toList();
        List<VpcPeeringConnection> fromTarget = intoLegacy.stream()
                .filter(p -> cidrs(otherSide(p, n.vpcId()).get()).anyMatch(target::equals)).toList();
        if (fromTarget.isEmpty()) {
            if (intoLegacy.isEmpty()) {
                findings.add(CloudFinding.fail(CHECK, n.vpcId(), n.vpcId() + ": no VPC peering from " + target));
            }
            for (VpcPeeringConnection p : intoLegacy) {
                String from = cidrs(otherSide(p, n.vpcId()).get()).map(Cidr::toString).collect(Collectors.joining(", "));
                findings.add(CloudFinding.fail(CHECK, p.vpcPeeringConnectionId(), p.vpcPeeringConnectionId()
                        + ": peering into " + n.vpcId() + " comes from " + from + ", not from the target network " + target));
            }
            return Optional.empty();
        }
        VpcPeeringConnection p = fromTarget.stream().filter(BridgeCheck::active).findFirst().orElse(fromTarget.get(0));
        String id = p.vpcPeeringConnectionId();
        if (active(p)) {
            findings.add(CloudFinding.pass(CHECK, id, id + ": peering from " + target + " into " + n.vpcId() + " is active"));
        } else {
            findings.add(CloudFinding.fail(CHECK, id, id + ": peering from " + target + " is " + p.status().codeAsString()
                    + ", not active"));
        }
        return Optional.of(id);
    }

    private static CloudFinding route(Ec2Client ec2, AwsNetwork n, String routeTableId, Cidr target, Optional<String> peering) {
        List<RouteTable> tables = ec2.describeRouteTables(r -> r.filters(f -> f.name("route-table-id").values(routeTableId)))
                .routeTables();
        if (tables.isEmpty()) {
            return CloudFinding.fail(CHECK, routeTableId, routeTableId + ": no such route table");
        }
        RouteTable table = tables.get(0);
        if (!n.vpcId().equals(table.vpcId())) {
            return CloudFinding.fail(CHECK, routeTableId, routeTableId + ": belongs to " + table.vpcId()
                    + ", not to the legacy VPC " + n.vpcId());
        }
        Optional<Route> best = table.routes().stream()
                .filter(r -> r.destinationCidrBlock() != null && Cidr.parse(r.destinationCidrBlock()).covers(target))
                .max(Comparator.comparingInt(r -> Cidr.parse(r.destinationCidrBlock()).prefix()));
        if (best.isEmpty()) {
            return CloudFinding.fail(CHECK, routeTableId, routeTableId + ": no route to " + target);
        }
        Route r = best.get();
        String via = r.vpcPeeringConnectionId();
        if (via == null || peering.isPresent() && !peering.get().equals(via)) {
            return CloudFinding.fail(CHECK, routeTableId, routeTableId + ": the route to " + target + " (" + r.destinationCidrBlock()
                    + ") goes to " + target(r) + ", not to the peering" + peering.map(p -> " " + p).orElse(""));
        }
        if ("blackhole".equals(r.stateAsString())) {
            return CloudFinding.fail(CHECK, routeTableId, routeTableId + ": the route to " + target + " through " + via
                    + " is a blackhole");
        }
        return CloudFinding.pass(CHECK, routeTableId, routeTableId + ": routes " + target + " to " + via);
    }

    private static List<CloudFinding> securityGroup(Ec2Client ec2, AwsNetwork n, Cidr target, Map<Integer, String> ports) {
        String sg = n.securityGroup();
        if (sg == null) {
            return List.of(CloudFinding.warn(CHECK, "legacy.network.securityGroup", "no security group in the spec: "
                    + "the rules admitting the target network cannot be checked"));
        }
        List<SecurityGroup> groups = ec2.describeSecurityGroups(r -> r.filters(f -> f.name("group-id").values(sg)))
                .securityGroups();
        if (groups.isEmpty()) {
            return List.of(CloudFinding.fail(CHECK, sg, sg + ": no such security group"));
        }
        List<CloudFinding> findings = new ArrayList<>();
        List<String> admitted = new ArrayList<>();
        ports.forEach((port, role) -> {
            if (groups.get(0).ipPermissions().stream().anyMatch(p -> admits(p, port, target))) {
                admitted.add(port + " (" + role + ")");
            } else {
                findings.add(CloudFinding.fail(CHECK, sg, sg + ": no inbound rule admits tcp/" + port + " (" + role + ") from "
                        + target));
            }
        });
        if (!admitted.isEmpty()) {
            findings.add(0, CloudFinding.pass(CHECK, sg, sg + ": admits tcp " + String.join(", ", admitted) + " from " + target));
        }
        return findings;
    }

    private static boolean admits(IpPermission p, int port, Cidr target) {
        String protocol = p.ipProtocol();
        boolean allTraffic = "-1".equals(protocol) || "all".equalsIgnoreCase(protocol);
        boolean tcp = "tcp".equalsIgnoreCase(protocol) || "6".equals(protocol);
        if (!allTraffic && !(tcp && p.fromPort() != null && p.toPort() != null && p.fromPort() <= port && port <= p.toPort())) {
            return false;
        }
        return p.ipRanges().stream().anyMatch(r -> r.cidrIp() != null && Cidr.parse(r.cidrIp()).covers(target));
    }

    private static boolean active(VpcPeeringConnection p) {
        return p.status() != null && "active".equals(p.status().codeAsString());
    }

    /** The side of the peering that is not the legacy VPC, when the legacy VPC is one of its sides. */
    private static Optional<VpcPeeringConnectionVpcInfo> otherSide(VpcPeeringConnection p, String legacyVpc) {
        if (p.accepterVpcInfo() != null && legacyVpc.equals(p.accepterVpcInfo().vpcId())) {
            return Optional.ofNullable(p.requesterVpcInfo());
        }
        if (p.requesterVpcInfo() != null && legacyVpc.equals(p.requesterVpcInfo().vpcId())) {
            return Optional.ofNullable(p.accepterVpcInfo());
        }
        return Optional.empty();
    }

    private static Stream<Cidr> cidrs(VpcPeeringConnectionVpcInfo side) {
        Stream<String> blocks = Stream.concat(Stream.ofNullable(side.cidrBlock()),
                side.cidrBlockSet().stream().map(b -> b.cidrBlock()));
        return blocks.filter(b -> b != null && !b.isBlank()).distinct().map(Cidr::parse);
    }

    private static String target(Route r) {
        return Stream.of(r.gatewayId(), r.natGatewayId(), r.transitGatewayId(), r.networkInterfaceId(), r.instanceId(),
                r.vpcPeeringConnectionId()).filter(v -> v != null && !v.isBlank()).findFirst().orElse("nowhere");
    }
}
