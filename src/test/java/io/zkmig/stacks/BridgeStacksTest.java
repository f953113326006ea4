package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.Testing;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both sides of the bridge: the Instaclustr peering request and the legacy account's accepter, routes, rules. */
class BridgeStacksTest {
    @TempDir
    Path dir;

    private Map<String, String> synth(Stage stage) {
        MigrationSpec spec = SpecFixture.demo(dir, stage);
        SpecFixture.recordNeeds(spec, stage);
        return Synth.json(spec);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void bridgeExistsFromConnectUntilDisconnect(Stage stage) {
        Map<String, String> stacks = synth(stage);
        boolean bridged = stage.atLeast(Stage.CONNECT) && !stage.atLeast(Stage.DISCONNECT);
        String bridge = stacks.get("local-demo-bridge");
        String aws = stacks.get("local-demo-bridge-aws");
        assertEquals(bridged, Testing.toHaveResource(bridge, "instaclustr_aws_vpc_peer_v2"), stage.yamlName());
        assertEquals(bridged, Testing.toHaveResource(aws, "aws_vpc_peering_connection_accepter"), stage.yamlName());
        assertEquals(bridged, Testing.toHaveResource(aws, "aws_route"), stage.yamlName());
        assertEquals(bridged, Testing.toHaveResource(aws, "aws_security_group_rule"), stage.yamlName());
        assertTrue(Testing.toHaveProvider(bridge, "instaclustr"));
        assertTrue(Testing.toHaveProvider(aws, "aws"));
        assertFalse(Synth.tree(bridge).path("provider").has("aws"), "the Instaclustr side deploys without AWS");
    }

    @Test
    void peeringRequestGoesToTheLegacyVpcFromTheTargetDataCentre() {
        String bridge = synth(Stage.CONNECT).get("local-demo-bridge");
        assertTrue(Testing.toHaveResourceWithProperties(bridge, "instaclustr_aws_vpc_peer_v2", Map.of(
                "peer_aws_account_id", "123456789012",
                "peer_vpc_id", "vpc-0a1b2c3d4e5f60718",
                "peer_region", "US_EAST_1",
                "peer_subnets", List.of("10.20.0.0/16"),
                "cdc_id", "${data.terraform_remote_state.target.outputs.data_centre_id}")), bridge);
        JsonNode remote = Synth.tree(bridge).path("data").path("terraform_remote_state").path("target");
        assertEquals("local", remote.path("backend").asText());
        assertTrue(remote.path("config").path("path").asText().endsWith("state/terraform/local-demo-target.tfstate"));
        assertTrue(Synth.tree(bridge).path("output").has(BridgeStack.PEERING_ID));
    }

    @Test
    void legacySideAcceptsRoutesAndOpensTheZooKeeperPorts() {
        String aws = synth(Stage.OBSERVE).get("local-demo-bridge-aws");
        assertTrue(Testing.toHaveProviderWithProperties(aws, "aws", Map.of(
                "region", "us-east-1", "allowed_account_ids", List.of("123456789012"))), aws);
        assertTrue(Testing.toHaveDataSourceWithProperties(aws, "aws_vpc_peering_connection", Map.of(
                "peer_vpc_id", "vpc-0a1b2c3d4e5f60718",
                "cidr_block", "10.30.0.0/16")), aws);
        assertTrue(Testing.toHaveResourceWithProperties(aws, "aws_vpc_peering_connection_accepter", Map.of(
                "vpc_peering_connection_id", "${data.aws_vpc_peering_connection.requested.id}",
                "auto_accept", true)), aws);
        assertTrue(Testing.toHaveResourceWithProperties(aws, "aws_route", Map.of(
                "route_table_id", "rtb-0a1b2c3d4e5f60718",
                "destination_cidr_block", "10.30.0.0/16",
                "vpc_peering_connection_id", "${aws_vpc_peering_connection_accepter.accepter.id}")), aws);
        List<Integer> ports = new ArrayList<>();
        Synth.resources(aws, "aws_security_group_rule").forEach(rule -> {
            assertEquals("ingress", rule.path("type").asText());
            assertEquals("tcp", rule.path("protocol").asText());
            assertEquals("sg-0a1b2c3d4e5f60718", rule.path("security_group_id").asText());
            assertEquals("[\"10.30.0.0/16\"]", rule.path("cidr_blocks").toString());
            assertEquals(rule.path("from_port").asInt(), rule.path("to_port").asInt());
            ports.add(rule.path("from_port").asInt());
        });
        assertEquals(List.of(12181, 12888, 13888), ports.stream().sorted().toList(), "the demo's legacy ports");
    }

    @Test
    void standardPortsAreOpenedForAStandardEnsemble() {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.CONNECT, tree -> tree.path("legacy").path("servers")
                .forEach(s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s)
                        .put("clientPort", 2181).put("quorumPort", 2888).put("electionPort", 3888)
                        .put("host", "10.20.1." + s.path("id").asInt())));
        SpecFixture.recordNeeds(spec, Stage.CONNECT);
        assertEquals(List.of(2181, 2888, 3888), List.copyOf(BridgeAwsStack.legacyPorts(spec).keySet()));
        String aws = Synth.json(spec).get("local-demo-bridge-aws");
        assertEquals(3, Synth.resources(aws, "aws_security_group_rule").size(), aws);
    }

    @Test
    void withoutALegacyAwsNetworkThereIsNoBridgeAndTheLegacyServersAreAdmittedOneByOne() {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.CONNECT,
                tree -> ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("legacy")).remove("network"));
        SpecFixture.recordNeeds(spec, Stage.CONNECT);
        Map<String, String> stacks = Synth.json(spec);
        assertEquals(List.of("local-demo-target"), List.copyOf(stacks.keySet()));
        assertTrue(stacks.get("local-demo-target").contains("\"127.0.1.1/32\""), stacks.get("local-demo-target"));
    }
}
