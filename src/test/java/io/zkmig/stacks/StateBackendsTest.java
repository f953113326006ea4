package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateBackendsTest {
    @TempDir
    Path dir;

    private MigrationSpec s3Spec(boolean withEndpoint, String lockTable) {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.CONNECT, tree -> {
            ObjectNode backend = ((ObjectNode) tree.get("state")).putObject("backend");
            backend.put("type", "s3").put("bucket", "zkmig-state").put("region", "eu-west-1")
                    .put("keyPrefix", "migrations/local-demo/");
            if (lockTable != null) {
                backend.put("lockTable", lockTable);
            }
            if (withEndpoint) {
                backend.put("endpoint", "http://127.0.0.1:4566");
            }
        });
        SpecFixture.recordNeeds(spec, Stage.CONNECT);
        return spec;
    }

    @Test
    void s3BackendPerStackLockedByALockFileBesideTheState() {
        Map<String, String> stacks = Synth.json(s3Spec(false, null));
        stacks.forEach((name, json) -> {
            JsonNode s3 = Synth.tree(json).path("terraform").path("backend").path("s3");
            assertEquals("zkmig-state", s3.path("bucket").asText(), name);
            assertEquals("migrations/local-demo/" + name + ".tfstate", s3.path("key").asText(), name);
            assertEquals("eu-west-1", s3.path("region").asText(), name);
            assertTrue(s3.path("use_lockfile").asBoolean(), name);
            assertFalse(s3.has("dynamodb_table"), name);
            assertEquals(true, s3.path("encrypt").asBoolean(), name);
            assertFalse(s3.has("endpoints"), name);
            assertFalse(s3.has("skip_credentials_validation"), "real AWS validates the credentials: " + name);
        });
    }

    @Test
    void aLockTableLocksThroughDynamoDbAsWellAsTheLockFile() {
        Map<String, String> stacks = Synth.json(s3Spec(true, "zkmig-locks"));
        stacks.forEach((name, json) -> {
            JsonNode s3 = Synth.tree(json).path("terraform").path("backend").path("s3");
            assertEquals("zkmig-locks", s3.path("dynamodb_table").asText(), name);
            assertTrue(s3.path("use_lockfile").asBoolean(), name);
            assertEquals("http://127.0.0.1:4566", s3.path("endpoints").path("dynamodb").asText(), name);
        });
    }

    @Test
    void remoteStateReadsTheOtherStackFromS3() {
        String bridge = Synth.json(s3Spec(false, null)).get("local-demo-bridge");
        JsonNode remote = Synth.tree(bridge).path("data").path("terraform_remote_state").path("target");
        assertEquals("s3", remote.path("backend").asText());
        assertEquals("migrations/local-demo/local-demo-target.tfstate", remote.path("config").path("key").asText());
        assertEquals("zkmig-state", remote.path("config").path("bucket").asText());
    }

    @Test
    void anS3CompatibleEndpointIsWrittenInTheCurrentEndpointsFormAndAsksNoStsOrIam() {
        Map<String, String> stacks = Synth.json(s3Spec(true, null));
        JsonNode s3 = Synth.tree(stacks.get("local-demo-target")).path("terraform").path("backend").path("s3");
        assertEquals("{\"s3\":\"http://127.0.0.1:4566\"}", s3.path("endpoints").toString(), "no DynamoDB without a table");
        assertEquals(true, s3.path("use_path_style").asBoolean());
        assertEquals(true, s3.path("skip_credentials_validation").asBoolean());
        assertEquals(true, s3.path("skip_requesting_account_id").asBoolean());
        JsonNode remote = Synth.tree(stacks.get("local-demo-bridge")).path("data").path("terraform_remote_state")
                .path("target").path("config");
        assertEquals("http://127.0.0.1:4566", remote.path("endpoints").path("s3").asText(), remote.toString());
        assertEquals(true, remote.path("skip_credentials_validation").asBoolean(), remote.toString());
        assertEquals(true, remote.path("skip_requesting_account_id").asBoolean(), remote.toString());
        assertEquals(true, remote.path("use_path_style").asBoolean(), remote.toString());
    }

    @Test
    void s3KeysDefaultToTheMigrationsName() {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.DEFINE, tree -> ((ObjectNode) tree.get("state"))
                .putObject("backend").put("type", "s3").put("bucket", "zkmig-state").put("region", "eu-west-1"));
        assertEquals("zkmig/local-demo/local-demo-legacy.tfstate", StateBackends.s3Key(spec, "local-demo-legacy"));
    }

    @Test
    void theLocalBackendsStateFilesAreTheOwnersAloneBeforeTerraformWritesThem() throws Exception {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.PROVISION);
        Synth.json(spec);
        java.nio.file.Path state = StateBackends.localPath(spec, "local-demo-target");
        assertEquals("rwx------", mode(spec.stateDir()));
        assertEquals("rwx------", mode(state.getParent()));
        assertEquals("rw-------", mode(state));
        assertEquals("rw-------", mode(state.resolveSibling(state.getFileName() + ".backup")));
        assertEquals(0, java.nio.file.Files.size(state), "empty: Terraform reads it as no state yet");
    }

    private static String mode(java.nio.file.Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(p));
    }
}
