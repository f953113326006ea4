package io.zkmig.sandbox.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.SpecLoader;
import io.zkmig.spec.Stage;
import io.zkmig.stacks.BridgeAwsStack;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.SpecFixture;
import io.zkmig.testing.TestAws;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;

/**
 * The sandbox's stand-in for applying {@code <name>-bridge-aws} makes what the stack declares: the accepter of the
 * same peering with the same tags, the same routes, the same ingress rules (ports, CIDR, descriptions). Compared
 * with the stack's synthesized JSON for the very network the emulator holds.
 */
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class BridgeAwsSideTest {
    private static final String TARGET_CIDR = "10.30.0.0/16";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theStandInCreatesExactlyWhatTheBridgeAwsStackSynthesizes(TestAws aws) throws Exception {
        List<ServerSpec> servers = List.of(
                new ServerSpec(1, "10.20.0.11", 2181, 2888, 3888, null, "3.8.4"),
                new ServerSpec(2, "10.20.0.12", 2181, 2888, 3888, null, "3.8.4"),
                new ServerSpec(3, "10.20.0.13", 2191, 2888, 3888, null, "3.8.4"));
        AwsNetwork example = SpecFixture.exampleNetwork();
        AwsNetwork twoTables = new AwsNetwork(example.accountId(), example.region(), example.vpcId(), example.cidr(),
                List.of("subnet-a", "subnet-b"), List.of("rtb-a", "rtb-b"), example.securityGroup(), List.of(), List.of(),
                null, null);
        MigrationSpec wanted = SpecFixture.of(servers, List.of()).name("standin").awsNetwork(twoTables).spec(dir);
        AwsNetwork built = LegacyNetworkFixture.create(aws.endpoint(), wanted);
        MigrationSpec spec = SpecLoader.load(SpecFixture.of(servers, List.of()).name("standin").stage(Stage.CONNECT)
                .awsNetwork(built).cidrsKeepingNetwork(TARGET_CIDR).write(dir));
        String requested = InstaclustrSide.requestPeering(aws.endpoint(), TARGET_CIDR, EmulatorAccounts.LEGACY,
                built.vpcId(), built.region());

        String accepted = BridgeAwsSide.apply(aws.endpoint(), spec, built);

        JsonNode stack = JSON.readTree(Testing.synth(new BridgeAwsStack(Testing.app(), spec, built)));
        JsonNode resources = stack.path("resource");
        assertEquals(requested, accepted, "the peering the Instaclustr side requested is the one accepted");
        try (Ec2Client ec2 = EmulatorClients.ec2(aws.endpoint(), EmulatorAccounts.LEGACY)) {
            VpcPeeringConnection peering = ec2.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(accepted))
                    .vpcPeeringConnections().get(0);
            JsonNode lookup = stack.path("data").path("aws_vpc_peering_connection").path("requested");
            assertEquals(lookup.path("peer_vpc_id").asText(), peering.accepterVpcInfo().vpcId(), "the stack's peering");
            assertEquals(lookup.path("cidr_block").asText(), peering.requesterVpcInfo().cidrBlock(), "the stack's peering");
            assertEquals("active", peering.status().codeAsString());
            JsonNode accepter = resources.path("aws_vpc_peering_connection_accepter").path("accepter");
            assertEquals(stringMap(accepter.path("tags")), tags(ec2, accepted), "the accepter's tags, on the peering");

            assertEquals(declaredRoutes(resources), createdRoutes(ec2, built, accepted));
            assertEquals(declaredRules(resources), createdRules(ec2, built.securityGroup()));
        }
    }

    /** "rtb → cidr", each through the accepter's peering. */
    private static Set<String> declaredRoutes(JsonNode resources) {
        Set<String> routes = new TreeSet<>();
        resources.path("aws_route").forEach(r -> {
            assertEquals("${aws_vpc_peering_connection_accepter.accepter.id}", r.path("vpc_peering_connection_id").asText());
            routes.add(r.path("route_table_id").asText() + " -> " + r.path("destination_cidr_block").asText());
        });
        return routes;
    }

    private static Set<String> createdRoutes(Ec2Client ec2, AwsNetwork network, String peering) {
        return ec2.describeRouteTables(r -> r.filters(f -> f.name("vpc-id").values(network.vpcId()))).routeTables()
                .stream()
                .filter(t -> network.routeTables().contains(t.routeTableId()))
                .flatMap(t -> t.routes().stream().filter(r -> peering.equals(r.vpcPeeringConnectionId()))
                        .map(r -> t.routeTableId() + " -> " + r.destinationCidrBlock()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "sg ingress tcp from-to cidr description". */
    private static Set<String> declaredRules(JsonNode resources) {
        Set<String> rules = new TreeSet<>();
        resources.path("aws_security_group_rule").forEach(r -> r.path("cidr_blocks").forEach(cidr -> rules.add(
                r.path("security_group_id").asText() + " " + r.path("type").asText() + " " + r.path("protocol").asText()
                        + " " + r.path("from_port").asInt() + "-" + r.path("to_port").asInt() + " " + cidr.asText()
                        + " '" + r.path("description").asText() + "'")));
        return rules;
    }

    private static Set<String> createdRules(Ec2Client ec2, String group) {
        Set<String> rules = new TreeSet<>();
        ec2.describeSecurityGroups(r -> r.groupIds(group)).securityGroups().get(0).ipPermissions()
                .forEach(p -> p.ipRanges().forEach(range -> rules.add(group + " ingress " + p.ipProtocol() + " "
                        + p.fromPort() + "-" + p.toPort() + " " + range.cidrIp() + " '" + range.description() + "'")));
        return rules;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /** Read with DescribeTags: LocalStack's DescribeVpcPeeringConnections shows only the requester's tags. */
    private static Map<String, String> tags(Ec2Client ec2, String peering) {
        Map<String, String> map = new TreeMap<>();
        ec2.describeTags(r -> r.filters(f -> f.name("resource-id").values(peering))).tags()
                .forEach(t -> map.put(t.key(), t.value()));
        return map;
    }
}
