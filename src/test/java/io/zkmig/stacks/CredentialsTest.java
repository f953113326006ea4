package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Instaclustr key is never resolved by the app: it reaches Terraform only as a sensitive variable. */
class CredentialsTest {
    @TempDir
    Path dir;

    private final String secret = "SECRET-" + UUID.randomUUID();

    private MigrationSpec specWithFileSecret(Stage stage) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ic-api-key"), secret);
        MigrationSpec spec = SpecFixture.demo(dir, stage, tree -> ((ObjectNode) tree.path("credentials")
                .path("instaclustr")).putObject("apiKey").put("file", "ic-api-key"));
        SpecFixture.recordNeeds(spec, stage);
        return spec;
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void noSynthesizedFileHoldsTheKey(Stage stage) throws IOException {
        MigrationSpec spec = specWithFileSecret(stage);
        for (TerraformStack stack : Synth.stacks(spec).values()) {
            Path out = Path.of(Testing.fullSynth(stack));
            try (Stream<Path> files = Files.walk(out)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    try {
                        assertFalse(Files.readString(f).contains(secret), f.toString());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
        String env = System.getenv("IC_API_KEY");
        if (env != null && !env.isEmpty()) {
            Synth.json(SpecFixture.demo(dir.resolve("env"), stage)).values()
                    .forEach(json -> assertFalse(json.contains(env)));
        }
    }

    @Test
    void theProviderKeyIsASensitiveVariableThatDefaultsToTheProvidersEnvironment() throws IOException {
        MigrationSpec spec = specWithFileSecret(Stage.CONNECT);
        for (String name : new String[] {"local-demo-target", "local-demo-bridge"}) {
            JsonNode tree = Synth.tree(Synth.json(spec).get(name));
            assertEquals("${var.instaclustr_terraform_key}",
                    tree.path("provider").path("instaclustr").get(0).path("terraform_key").asText());
            JsonNode variable = tree.path("variable").path(InstaclustrAccess.TERRAFORM_KEY_VARIABLE);
            assertTrue(variable.path("sensitive").asBoolean(), name);
            assertTrue(variable.has("default") && variable.get("default").isNull(), variable.toString());
        }
    }

    @Test
    void theEnvironmentForTerraformCarriesTheKeyOnlyThere() throws IOException {
        MigrationSpec spec = specWithFileSecret(Stage.PROVISION);
        Map<String, String> env = TerraformEnvironment.forSpec(spec, Map.of());
        assertEquals("Instaclustr-Terraform demo:" + secret, env.get("TERRAFORM_KEY"));
        assertEquals(spec.source().toAbsolutePath().toString(), env.get(SpecFiles.ENV));
    }
}
