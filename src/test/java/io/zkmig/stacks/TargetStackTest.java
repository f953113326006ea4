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

class TargetStackTest {
    private static final String CLUSTER = "instaclustr_zookeeper_cluster_v2";
    private static final String FIREWALL = "instaclustr_cluster_network_firewall_rules_v2";

    @TempDir
    Path dir;

    private String synth(Stage stage) {
        MigrationSpec spec = SpecFixture.demo(dir, stage);
        SpecFixture.recordNeeds(spec, stage);
        return Synth.json(spec).get("local-demo-target");
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void holdsTheClusterFromProvisionOn(Stage stage) {
        String json = synth(stage);
        assertEquals(StageLayout.hasTargetCluster(stage), Testing.toHaveResource(json, CLUSTER), stage + ": " + json);
        assertTrue(Testing.toHaveProvider(json, "instaclustr"), "the provider stays, so removed resources can be destroyed");
    }

    @Test
    void clusterFollowsTheSpec() {
        String json = synth(Stage.PROVISION);
        assertTrue(Testing.toHaveResourceWithProperties(json, CLUSTER, Map.of(
                "name", "zkmig-local-demo",
                "zookeeper_version", "3.9.3",
                "sla_tier", "NON_PRODUCTION",
                "private_network_cluster", false,
                "data_centre", List.of(Map.of(
                        "cloud_provider", "AWS_VPC",
                        "region", "US_EAST_1",
                        "network", "10.30.0.0/16",
                        "node_size", "zookeeper-developer-t3.small-20",
                        "number_of_nodes", 3)))), json);
        JsonNode outputs = Synth.tree(json).path("output");
        assertTrue(outputs.has(TargetStack.CLUSTER_ID) && outputs.has(TargetStack.DATA_CENTRE_ID)
                && outputs.has(TargetStack.NODE_ADDRESSES), json);
        assertEquals("${instaclustr_zookeeper_cluster_v2.cluster.data_centre[0].nodes[*].private_address}",
                outputs.path(TargetStack.NODE_ADDRESSES).path("value").asText());
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void firewallAdmitsClientsAlwaysAndTheLegacyCidrOnlyWhileBridged(Stage stage) {
        String json = synth(stage);
        if (!StageLayout.hasTargetCluster(stage)) {
            assertFalse(Testing.toHaveResource(json, FIREWALL), json);
            return;
        }
        List<String> expected = new ArrayList<>(List.of("127.0.3.1/32", "127.0.3.2/32"));
        if (StageLayout.hasBridge(stage)) {
            expected.add(0, "10.20.0.0/16");
        }
        JsonNode rules = Synth.resources(json, FIREWALL).path("firewall").path("firewall_rule");
        List<String> networks = new ArrayList<>();
        rules.forEach(r -> {
            assertEquals("APACHE_ZOOKEEPER", r.path("type").asText());
            networks.add(r.path("network").asText());
        });
        assertEquals(expected, networks, stage.yamlName());
        assertEquals("${instaclustr_zookeeper_cluster_v2.cluster.id}",
                Synth.resources(json, FIREWALL).path("firewall").path("cluster_id").asText());
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void clusterRefusesDestructionOnceItsServersHoldData(Stage stage) {
        String json = synth(stage);
        if (!StageLayout.hasTargetCluster(stage)) {
            return;
        }
        boolean prevent = Synth.resources(json, CLUSTER).path("cluster").path("lifecycle").path("prevent_destroy")
                .asBoolean();
        assertEquals(stage.atLeast(Stage.OBSERVE), prevent, stage.yamlName());
    }

    @Test
    void localBackendUnderTheMigrationsStateFolder() {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.PROVISION);
        String json = Synth.json(spec).get("local-demo-target");
        assertEquals(spec.stateDir().resolve("terraform/local-demo-target.tfstate").toString(),
                Synth.tree(json).path("terraform").path("backend").path("local").path("path").asText());
    }
}
