package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.Testing;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.sandbox.aws.EmulatorAccounts;
import io.zkmig.sandbox.aws.EmulatorClients;
import io.zkmig.sandbox.controlplane.ApiCredentials;
import io.zkmig.sandbox.controlplane.ControlPlane;
import io.zkmig.sandbox.controlplane.ControlPlaneLog;
import io.zkmig.sandbox.controlplane.ControlPlaneSettings;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.TestAws;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The target stack's state in S3 (the AWS emulator), through the real Terraform, the real Instaclustr
 * provider and the local control plane: the state object is written, S3's lock file exists exactly while
 * an apply runs, a second run meanwhile is refused by that lock and changes nothing, and the profile's
 * secret is in neither the synthesized JSON, Terraform's output nor the state.
 */
@Tag("terraform")
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class S3LockFileTest {
    private static final String TARGET = "local-demo-target";
    private static final String BRIDGE = "local-demo-bridge";
    private static final String[] APPLY = {"apply", "-input=true", "-no-color"};

    @TempDir
    Path dir;

    private final String key = "key-" + UUID.randomUUID();
    private final String bucket = "zkmig-lockfile-" + UUID.randomUUID().toString().substring(0, 8);
    private final ByteArrayOutputStream controlPlaneLog = new ByteArrayOutputStream();
    private final List<String> transcript = new ArrayList<>();
    private ControlPlane controlPlane;
    private S3Client s3;

    @AfterEach
    void stop() {
        if (controlPlane != null) {
            controlPlane.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void theStateLivesInTheBucketAndItsLockFileHoldsOffASecondRunWhileAnApplyRuns(TestAws aws) throws Exception {
        TerraformRun probe = TerraformRun.fromBootstrap(Map.of());
        assumeTrue(probe != null, "no tools: run scripts/bootstrap-tools.sh");
        s3 = EmulatorClients.s3(aws.endpoint(), EmulatorAccounts.LEGACY);
        s3.createBucket(b -> b.bucket(bucket));
        Files.writeString(dir.resolve("ic-api-key"), key);
        int block = ThreadLocalRandom.current().nextInt(100, 150);
        controlPlane = ControlPlane.start(ControlPlaneSettings.defaults(dir.resolve("control-plane"),
                        new ApiCredentials("demo", key)).withPort(0)
                        .withNodeLayout("127.0." + block + ".1", 52181, 52888, 53888, null, 11),
                new ControlPlaneLog(new PrintStream(controlPlaneLog, true, StandardCharsets.UTF_8)));

        MigrationSpec spec = spec(Stage.PROVISION, aws);
        Map<String, String> env = new HashMap<>(TerraformEnvironment.forSpec(spec, System.getenv()));
        env.put(TerraformEnvironment.API_URL, controlPlane.url());
        env.putAll(aws.environment());
        TerraformRun terraform = TerraformRun.fromBootstrap(env);
        Path stack = Path.of(Testing.fullSynth(Synth.stacks(spec).get(TARGET))).resolve("stacks").resolve(TARGET);
        String synthesized = Files.readString(stack.resolve("cdk.tf.json"));
        String stateKey = "zkmig/local-demo/" + TARGET + ".tfstate";
        String lockKey = stateKey + ".tflock";

        TerraformRun.Result init = record(terraform.run(stack, "init", "-input=false", "-no-color"));
        assertEquals(0, init.exitCode(), init.output());
        assertEquals(Map.of(), objects(), "init writes nothing to the bucket");

        String lockId;
        try (TerraformRun.Started apply = terraform.start(stack, APPLY)) {
            // the apply holds the lock from before its plan until it ends, so also while it waits for approval
            assertTrue(apply.awaitOutput("Enter a value:", Duration.ofMinutes(3)), apply.output());
            JsonNode lock = Synth.tree(text(lockKey));
            lockId = lock.path("ID").asText();
            assertFalse(lockId.isBlank(), lock.toString());
            assertEquals("OperationTypeApply", lock.path("Operation").asText(), lock.toString());
            assertEquals(bucket + "/" + stateKey, lock.path("Path").asText(), lock.toString());
            Map<String, String> held = objects();
            assertEquals(List.of(lockKey), List.copyOf(held.keySet()), "no state before the first apply's approval");

            TerraformRun.Result refused = record(terraform.run(stack, "plan", "-input=false", "-no-color",
                    "-lock-timeout=0s"));
            System.out.println(refused.output());
            assertNotEquals(0, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("Error acquiring the state lock"), refused.output());
            assertTrue(refused.output().contains(lockId), "names the holder's lock\n" + refused.output());
            assertEquals(held, objects(), "the refused plan changed nothing in the bucket");

            apply.answer("yes");
            TerraformRun.Result applied = record(apply.await());
            assertEquals(0, applied.exitCode(), applied.output());
        }
        assertFalse(objects().containsKey(lockKey), "the lock file is gone after the apply: " + objects());
        String state = text(stateKey);
        JsonNode cluster = resource(Synth.tree(state), "instaclustr_zookeeper_cluster_v2");
        assertTrue(controlPlane.clusterProcessesRunning(cluster.path("attributes").path("id").asText()),
                "the cluster the state records serves");

        // an unchanged stack plans nothing, which it could not if the lock had stayed behind
        TerraformRun.Result again = record(terraform.run(stack, "plan", "-input=false", "-no-color",
                "-detailed-exitcode", "-lock-timeout=0s"));
        assertEquals(0, again.exitCode(), again.output());

        // the bridge reads the target's outputs from the same bucket through terraform_remote_state
        SpecFixture.record(spec, Milestone.TARGET_PROVISIONED);
        Path bridge = Path.of(Testing.fullSynth(Synth.stacks(spec(Stage.CONNECT, aws)).get(BRIDGE)))
                .resolve("stacks").resolve(BRIDGE);
        synthesized += Files.readString(bridge.resolve("cdk.tf.json"));
        assertEquals(0, record(terraform.run(bridge, "init", "-input=false", "-no-color")).exitCode());
        TerraformRun.Result bridgePlan = record(terraform.run(bridge, "plan", "-input=false", "-no-color",
                "-detailed-exitcode"));
        assertEquals(2, bridgePlan.exitCode(), bridgePlan.output());
        assertTrue(bridgePlan.output().contains("instaclustr_aws_vpc_peer_v2.peering will be created"),
                bridgePlan.output());
        assertEquals(List.of(stateKey), List.copyOf(objects().keySet()), "the bridge's plan leaves no lock");
        TerraformRun.Result destroyed = record(terraform.run(stack, "destroy", "-input=false", "-no-color",
                "-auto-approve", "-lock-timeout=0s"));
        assertEquals(0, destroyed.exitCode(), destroyed.output());
        assertEquals(List.of(stateKey), List.copyOf(objects().keySet()), "the emptied state stays, its lock is gone");
        String emptied = text(stateKey);

        for (String text : List.of(synthesized, String.join("\n", transcript), state, emptied)) {
            assertFalse(text.contains(aws.secret()), "the AWS secret appears in:\n" + text);
        }
        assertFalse(synthesized.contains("access_key") || synthesized.contains("secret_key"), synthesized);
        assertFalse(String.join("\n", transcript).contains(key), "the Instaclustr key appears in Terraform's output");
    }

    private MigrationSpec spec(Stage stage, TestAws aws) {
        return SpecFixture.demo(dir, stage, tree -> {
            ((ObjectNode) tree.path("credentials").path("instaclustr")).putObject("apiKey").put("file", "ic-api-key");
            ((ObjectNode) tree.get("state")).putObject("backend").put("type", "s3").put("bucket", bucket)
                    .put("region", TestAws.REGION).put("endpoint", aws.endpoint().toString());
        });
    }

    private TerraformRun.Result record(TerraformRun.Result result) {
        transcript.add(result.output());
        return result;
    }

    /** Every object in the bucket, key → ETag. */
    private Map<String, String> objects() {
        Map<String, String> out = new TreeMap<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().forEach(o -> out.put(o.key(), o.eTag()));
        return out;
    }

    private String text(String objectKey) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(objectKey)).asUtf8String();
        } catch (NoSuchKeyException e) {
            throw new AssertionError("no object " + objectKey + " in " + objects(), e);
        }
    }

    private static JsonNode resource(JsonNode state, String type) {
        for (JsonNode r : state.path("resources")) {
            if (type.equals(r.path("type").asText()) && "managed".equals(r.path("mode").asText())) {
                return r.path("instances").get(0);
            }
        }
        throw new AssertionError("no " + type + " in the state: " + state);
    }
}
