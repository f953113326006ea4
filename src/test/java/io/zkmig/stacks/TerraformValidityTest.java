package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code terraform validate} (CDKTF's toBeValidTerraform on a full synth) of the Instaclustr stacks at
 * every stage, with the real provider from the local mirror. The provider builds its schema from the
 * control plane's API document, so this needs the tool environment and a control plane:
 * {@code scripts/with-control-plane.sh mvn test -Dgroups=terraform -Dtest='io.zkmig.stacks.*'}.
 * The AWS stacks are checked at synthesis level only (no AWS provider here; docs/stacks.md).
 */
@Tag("terraform")
class TerraformValidityTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolchainAndControlPlane() throws Exception {
        String config = System.getenv("TF_CLI_CONFIG_FILE");
        assumeTrue(config != null && Files.isRegularFile(Path.of(config)),
                "no tool environment: source .tools/env.sh (scripts/bootstrap-tools.sh)");
        String api = System.getenv("IC_API_URL");
        assumeTrue(api != null, "no IC_API_URL: run under scripts/with-control-plane.sh");
        HttpResponse<Void> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api + "/cluster-management/v2/swagger-for-terraform.yaml")).build(),
                HttpResponse.BodyHandlers.discarding());
        assumeTrue(document.statusCode() == 200, "no control plane answers at " + api);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void instaclustrStacksAreValidTerraform(Stage stage) {
        MigrationSpec spec = SpecFixture.demo(dir, stage);
        SpecFixture.recordNeeds(spec, stage);
        Map<String, TerraformStack> stacks = Synth.stacks(spec);
        for (String name : new String[] {"local-demo-target", "local-demo-bridge"}) {
            String out = Testing.fullSynth(stacks.get(name));
            assertTrue(Testing.toBeValidTerraform(out), name + " at " + stage.yamlName() + ": " + out);
        }
    }

    @org.junit.jupiter.api.Test
    void aStackMissingARequiredArgumentIsCaught() throws Exception {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.PROVISION);
        String out = Testing.fullSynth(Synth.stacks(spec).get("local-demo-target"));
        Path json = Path.of(out, "stacks", "local-demo-target", "cdk.tf.json");
        Files.writeString(json, Files.readString(json).replace("\"sla_tier\"", "\"not_an_argument\""));
        assertFalse(Testing.toBeValidTerraform(out), "validate must reject what the provider's schema rejects");
    }
}
