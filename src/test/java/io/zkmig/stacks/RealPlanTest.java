package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.Testing;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.sandbox.controlplane.ApiCredentials;
import io.zkmig.sandbox.controlplane.ControlPlane;
import io.zkmig.sandbox.controlplane.ControlPlaneLog;
import io.zkmig.sandbox.controlplane.ControlPlaneSettings;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration's Instaclustr stacks through the real provider against the local control plane, stage
 * by stage, as a reviewer would see them: each changed spec plans exactly the expected change and
 * nothing else; a protected cluster refuses destruction; the key never appears in Terraform's output.
 */
@Tag("terraform")
class RealPlanTest {
    private static final String TARGET = "local-demo-target";
    private static final String BRIDGE = "local-demo-bridge";

    @TempDir
    Path dir;

    private final String key = "key-" + UUID.randomUUID();
    private final ByteArrayOutputStream controlPlaneLog = new ByteArrayOutputStream();
    private final List<String> transcript = new ArrayList<>();
    private ControlPlane controlPlane;
    private TerraformRun terraform;

    @BeforeEach
    void controlPlaneAndTools() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ic-api-key"), key);
        int block = ThreadLocalRandom.current().nextInt(150, 250);
        ControlPlaneSettings settings = ControlPlaneSettings.defaults(dir.resolve("control-plane"),
                        new ApiCredentials("demo", key))
                .withPort(0)
                .withNodeLayout("127.0." + block + ".1", 42181, 42888, 43888, null, 11);
        MigrationSpec probe = spec(Stage.PROVISION, t -> { });
        Map<String, String> env = new HashMap<>(TerraformEnvironment.forSpec(probe, System.getenv()));
        terraform = TerraformRun.fromBootstrap(Map.of());
        assumeTrue(terraform != null, "no tools: run scripts/bootstrap-tools.sh");
        controlPlane = ControlPlane.start(settings,
                new ControlPlaneLog(new PrintStream(controlPlaneLog, true, StandardCharsets.UTF_8)));
        env.put(TerraformEnvironment.API_URL, controlPlane.url());
        terraform = TerraformRun.fromBootstrap(env);
    }

    @AfterEach
    void stop() {
        if (controlPlane != null) {
            controlPlane.close();
        }
        String all = String.join("\n", transcript) + controlPlaneLog.toString(StandardCharsets.UTF_8);
        assertFalse(all.contains(key), "the API key appears in Terraform's output or the control plane log");
    }

    private MigrationSpec spec(Stage stage, Consumer<ObjectNode> change) {
        return SpecFixture.demo(dir, stage, tree -> {
            ((ObjectNode) tree.path("credentials").path("instaclustr")).putObject("apiKey").put("file", "ic-api-key");
            change.accept(tree);
        });
    }

    /** Synthesizes the named stack of the spec and runs terraform in it; init first. */
    private TerraformRun.Result terraform(MigrationSpec spec, String stack, String... args) throws Exception {
        Path out = Path.of(Testing.fullSynth(Synth.stacks(spec).get(stack))).resolve("stacks").resolve(stack);
        TerraformRun.Result init = terraform.run(out, "init", "-input=false", "-no-color");
        transcript.add(init.output());
        assertEquals(0, init.exitCode(), init.output());
        TerraformRun.Result result = terraform.run(out, args);
        transcript.add("$ terraform " + String.join(" ", args) + "\n" + result.output());
        if (args[0].equals("plan") && List.of(args).contains("-out=plan")) {
            TerraformRun.Result show = terraform.run(out, "show", "-json", "plan");
            transcript.add(show.output());
            return new TerraformRun.Result(result.exitCode(), show.output());
        }
        return result;
    }

    /** address → actions of a saved plan, no-ops left out. */
    private static Map<String, List<String>> changes(String showJson) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        Synth.tree(showJson).path("resource_changes").forEach(rc -> {
            List<String> actions = new ArrayList<>();
            rc.path("change").path("actions").forEach(a -> actions.add(a.asText()));
            if (!actions.equals(List.of("no-op")) && !actions.equals(List.of("read"))) {
                out.put(rc.path("address").asText(), actions);
            }
        });
        return out;
    }

    private static final String[] PLAN = {"plan", "-input=false", "-no-color", "-detailed-exitcode", "-out=plan"};
    private static final String[] APPLY = {"apply", "-input=false", "-no-color", "-auto-approve"};

    @Test
    void stageByStageEachSpecChangePlansExactlyItsChange() throws Exception {
        // provision: the cluster and the clients' firewall rules
        MigrationSpec provision = spec(Stage.PROVISION, t -> { });
        TerraformRun.Result applied = terraform(provision, TARGET, APPLY);
        assertEquals(0, applied.exitCode(), applied.output());
        TerraformRun.Result addresses = terraform(provision, TARGET, "output", "-json", TargetStack.NODE_ADDRESSES);
        assertEquals(3, Synth.tree(addresses.output()).size(), addresses.output());
        String clusterId = Synth.tree(terraform(provision, TARGET, "output", "-json", TargetStack.CLUSTER_ID).output())
                .asText();
        assertTrue(controlPlane.clusterProcessesRunning(clusterId), "real ZooKeeper servers serve after deploy");

        // an unchanged spec plans nothing
        assertEquals(0, terraform(provision, TARGET, PLAN).exitCode());

        // a new client address: one in-place update of the firewall rules, nothing else
        MigrationSpec moreClients = spec(Stage.PROVISION,
                t -> ((ArrayNode) t.path("clients").get(0).path("addresses")).add("10.40.0.0/24"));
        TerraformRun.Result plan = terraform(moreClients, TARGET, PLAN);
        assertEquals(2, plan.exitCode(), plan.output());
        assertEquals(Map.of("instaclustr_cluster_network_firewall_rules_v2.firewall", List.of("update")),
                changes(plan.output()));

        // connect: the legacy CIDR's rule in the target stack, the peering in the bridge
        SpecFixture.record(provision, Milestone.TARGET_PROVISIONED);
        MigrationSpec connect = spec(Stage.CONNECT, t -> { });
        plan = terraform(connect, TARGET, PLAN);
        assertEquals(Map.of("instaclustr_cluster_network_firewall_rules_v2.firewall", List.of("update")),
                changes(plan.output()));
        assertEquals(0, terraform(connect, TARGET, APPLY).exitCode());
        plan = terraform(connect, BRIDGE, PLAN);
        assertEquals(Map.of("instaclustr_aws_vpc_peer_v2.peering", List.of("create")), changes(plan.output()),
                plan.output());
        TerraformRun.Result bridged = terraform(connect, BRIDGE, APPLY);
        assertEquals(0, bridged.exitCode(), bridged.output());

        // observe: only prevent_destroy, which Terraform does not plan as a change
        MigrationSpec observe = spec(Stage.OBSERVE, t -> { });
        assertEquals(0, terraform(observe, TARGET, PLAN).exitCode());
        assertEquals(0, terraform(observe, BRIDGE, PLAN).exitCode());
        TerraformRun.Result refused = terraform(observe, TARGET, "destroy", "-input=false", "-no-color", "-auto-approve");
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.output().contains("prevent_destroy"), refused.output());

        // disconnect: the peering goes, the legacy rule goes, the cluster stays
        SpecFixture.record(provision, Milestone.TARGET_OBSERVING, Milestone.VERIFIED, Milestone.CUTOVER_COMPLETE,
                Milestone.SPLIT_COMPLETE, Milestone.LEGACY_QUIET);
        MigrationSpec disconnect = spec(Stage.DISCONNECT, t -> { });
        plan = terraform(disconnect, BRIDGE, PLAN);
        assertEquals(Map.of("instaclustr_aws_vpc_peer_v2.peering", List.of("delete")), changes(plan.output()));
        assertEquals(0, terraform(disconnect, BRIDGE, APPLY).exitCode());
        plan = terraform(disconnect, TARGET, PLAN);
        assertEquals(Map.of("instaclustr_cluster_network_firewall_rules_v2.firewall", List.of("update")),
                changes(plan.output()));
        assertEquals(0, terraform(disconnect, TARGET, APPLY).exitCode());
        assertTrue(controlPlane.clusterProcessesRunning(clusterId));

        // clean up: a provision-stage synth lifts the protection (this test's ledger is rolled back first)
        for (Milestone m : new Milestone[] {Milestone.SPLIT_COMPLETE, Milestone.TARGET_OBSERVING}) {
            SpecFixture.rollBack(provision, m);
        }
        TerraformRun.Result destroyed = terraform(spec(Stage.PROVISION, t -> { }), TARGET,
                "destroy", "-input=false", "-no-color", "-auto-approve");
        assertEquals(0, destroyed.exitCode(), destroyed.output());
        assertFalse(controlPlane.clusterProcessesRunning(clusterId), "no ZooKeeper server left after destroy");
    }

    @Test
    void aMissingOrWrongKeyIsAClearTerraformError() throws Exception {
        MigrationSpec provision = spec(Stage.PROVISION, t -> { });
        Map<String, String> env = new HashMap<>(TerraformEnvironment.forSpec(provision, System.getenv()));
        env.put(TerraformEnvironment.API_URL, controlPlane.url());

        env.remove(InstaclustrAccess.TERRAFORM_KEY_ENV);
        terraform = TerraformRun.fromBootstrap(env);
        TerraformRun.Result missing = terraform(provision, TARGET, "plan", "-input=false", "-no-color");
        assertEquals(1, missing.exitCode(), missing.output());
        System.out.println(missing.output());
        assertTrue(missing.output().contains("Missing required argument")
                && missing.output().contains("\"terraform_key\" is required"), missing.output());

        String wrong = "Instaclustr-Terraform demo:not-" + key;
        env.put(InstaclustrAccess.TERRAFORM_KEY_ENV, wrong);
        terraform = TerraformRun.fromBootstrap(env);
        TerraformRun.Result refused = terraform(provision, TARGET, APPLY);
        assertEquals(1, refused.exitCode(), refused.output());
        System.out.println(refused.output());
        assertTrue(refused.output().contains("invalid username or provisioning API key"), refused.output());
        assertFalse(refused.output().contains("not-" + key), "the wrong key is echoed");
    }
}
