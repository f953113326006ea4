package io.zkmig.sandbox.controlplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.sandbox.aws.BridgeAwsSide;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.TestAws;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What users see in a plan, with the real terraform binary and provider engine against the control plane started
 * with the AWS emulator: a node size change plans a replacement, which prevent_destroy on the target stops with a
 * clear error; tags in an order of the user's own plan no change; the peering is active only once the customer's
 * side accepted it in the emulator.
 */
@Tag("terraform")
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerraformPlanShapesTest {
    private static final String KEY = "tf-shapes-key-8d41c7";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, String>> TAGS = List.of(tag("zeta", "last"), tag("alpha", "first"));

    private Path dir;
    private TestControlPlanes.CapturedLog log;
    private ControlPlane controlPlane;
    private TerraformCli terraform;
    private String terraformKey;
    private AwsNetwork legacy;
    private TestAws aws;

    @BeforeAll
    void start(TestAws testAws) throws Exception {
        aws = testAws;
        dir = Files.createTempDirectory("zkmig-plan-shapes");
        legacy = EmulatedLegacyVpc.create(aws, dir.resolve("spec"), "plan-shapes");
        log = new TestControlPlanes.CapturedLog();
        controlPlane = ControlPlane.start(TestControlPlanes.settings(dir.resolve("control-plane"), KEY)
                .withAwsEmulator(aws.endpoint()), log.log);
        terraformKey = "Instaclustr-Terraform " + TestControlPlanes.USER + ":" + KEY;
        Path work = dir.resolve("protected-target");
        Files.createDirectories(work);
        Files.copy(Path.of(getClass().getResource("/controlplane/hcl/protected-target/main.tf").toURI()),
                work.resolve("main.tf"));
        terraform = new TerraformCli(Toolchain.get(), work, controlPlane.url());
        variables(TAGS, "zookeeper-developer-t3.small-20");
    }

    @AfterAll
    void cleanUp() throws Exception {
        try {
            Path main = dir.resolve("protected-target/main.tf");
            if (Files.exists(dir.resolve("protected-target/terraform.tfstate"))) {
                // the protection is the point of the test; the clean-up lifts it
                Files.writeString(main, Files.readString(main).replace("prevent_destroy = true", "prevent_destroy = false"));
                TerraformCli.Result destroy = terraform.run(terraformKey, "destroy", "-auto-approve", "-input=false", "-no-color");
                assertEquals(0, destroy.exitCode(), destroy.output());
            }
        } finally {
            controlPlane.close();
            assertFalse(terraform.transcript().contains(KEY), "the API key appears in terraform's output");
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void applyCreatesTheProtectedClusterAndAPeeringPendingAcceptance() throws Exception {
        assertEquals(0, terraform.run(terraformKey, "init", "-input=false", "-no-color").exitCode());
        TerraformCli.Result apply = terraform.run(terraformKey, "apply", "-auto-approve", "-input=false", "-no-color");
        assertEquals(0, apply.exitCode(), apply.output());
        assertEquals("pending-acceptance", output("vpc_peer_status"));
    }

    @Test
    @Order(2)
    void tagsInAnOrderOfTheUsersOwnPlanNoChange() throws Exception {
        TerraformCli.Result plan = plan();
        assertEquals(0, plan.exitCode(), "tags given as zeta, alpha: no change planned\n" + plan.output());
    }

    @Test
    @Order(3)
    void reorderingTheTagsInTheConfigurationIsAnInPlaceUpdateWithThisEngineNeverAReplacement() throws Exception {
        variables(List.of(TAGS.get(1), TAGS.get(0)), "zookeeper-developer-t3.small-20");
        TerraformCli.Result plan = plan();
        // dikhan's engine v3.0.0 keeps lists ordered (Instaclustr's fork makes them sets: there, no change at all)
        assertEquals(2, plan.exitCode(), plan.output());
        assertTrue(plan.output().contains("instaclustr_zookeeper_cluster_v2.target will be updated in-place"), plan.output());
        assertTrue(plan.output().contains("Plan: 0 to add, 1 to change, 0 to destroy."), plan.output());
        TerraformCli.Result apply = terraform.run(terraformKey, "apply", "-auto-approve", "-input=false", "-no-color");
        assertEquals(0, apply.exitCode(), apply.output());
        TerraformCli.Result after = plan();
        assertEquals(0, after.exitCode(), "no change after the reordering was applied\n" + after.output());
    }

    @Test
    @Order(4)
    void aNodeSizeChangePlansAReplacementThatPreventDestroyStops() throws Exception {
        String clusterId = output("cluster_id");
        variables(List.of(TAGS.get(1), TAGS.get(0)), "MZK-PRD-m7g.large-60");
        TerraformCli.Result plan = plan();
        assertEquals(1, plan.exitCode(), plan.output());
        String text = plan.output().replaceAll("\\s+", " ");
        assertTrue(text.contains("# instaclustr_zookeeper_cluster_v2.target must be replaced"), plan.output());
        assertTrue(text.contains("node_size = \"zookeeper-developer-t3.small-20\" -> \"MZK-PRD-m7g.large-60\" # forces replacement"),
                plan.output());
        assertTrue(text.contains("Error: Instance cannot be destroyed"), plan.output());
        assertTrue(text.contains("Resource instaclustr_zookeeper_cluster_v2.target has lifecycle.prevent_destroy set, but"
                + " the plan calls for this resource to be destroyed"), plan.output());
        variables(List.of(TAGS.get(1), TAGS.get(0)), "zookeeper-developer-t3.small-20");
        TerraformCli.Result back = plan();
        assertEquals(0, back.exitCode(), "nothing changed\n" + back.output());
        assertEquals(clusterId, output("cluster_id"));
        assertTrue(controlPlane.clusterProcessesRunning(clusterId));
    }

    @Test
    @Order(5)
    void thePeeringGoesActiveOnlyAfterTheAwsSideAcceptsIt() throws Exception {
        assertEquals("pending-acceptance", refreshedStatus());
        BridgeAwsSide.accept(aws.endpoint(), legacy, "10.62.0.0/16");
        assertEquals("provisioning", refreshedStatus());
        assertEquals("active", refreshedStatus());
        TerraformCli.Result plan = plan();
        assertEquals(0, plan.exitCode(), "the status is the API's: no change planned\n" + plan.output());
    }

    @Test
    @Order(6)
    void aPeeringDeletedBehindTerraformsBackStaysInTheStateAndPlansNoChangeWithThisEngine() throws Exception {
        String peering = output("vpc_peer_id");
        HttpResponse<String> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(controlPlane.url() + ControlPlaneApi.AWS_VPC_PEERS + "/" + peering))
                .DELETE().header("Authorization", terraformKey).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, deleted.statusCode(), deleted.body());
        TerraformCli.Result plan = plan();
        // the engine takes a 404 on refresh as nothing to read (docs/control-plane.md): no re-create is planned
        assertEquals(0, plan.exitCode(), plan.output());
        assertEquals(peering, output("vpc_peer_id"), "still in the state");
    }

    private String refreshedStatus() throws Exception {
        TerraformCli.Result refresh = terraform.run(terraformKey, "apply", "-refresh-only", "-auto-approve", "-input=false",
                "-no-color");
        assertEquals(0, refresh.exitCode(), refresh.output());
        return output("vpc_peer_status");
    }

    private TerraformCli.Result plan() throws Exception {
        return terraform.run(terraformKey, "plan", "-detailed-exitcode", "-input=false", "-no-color");
    }

    private String output(String name) throws Exception {
        TerraformCli.Result output = terraform.run(terraformKey, "output", "-json");
        assertEquals(0, output.exitCode(), output.output());
        JsonNode value = JSON.readTree(output.output()).at("/" + name + "/value");
        assertNotEquals(true, value.isMissingNode(), output.output());
        return value.asText();
    }

    private void variables(List<Map<String, String>> tags, String nodeSize) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tags", tags);
        values.put("node_size", nodeSize);
        values.put("peer_vpc_id", legacy.vpcId());
        values.put("peer_subnets", new ArrayList<>(List.of(legacy.cidr())));
        Files.writeString(dir.resolve("protected-target/terraform.tfvars.json"), JSON.writeValueAsString(values));
    }

    private static Map<String, String> tag(String key, String value) {
        Map<String, String> tag = new LinkedHashMap<>();
        tag.put("key", key);
        tag.put("value", value);
        return tag;
    }
}
