package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.Testing;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LegacyStackTest {
    @TempDir
    Path dir;

    private String synth(Stage stage) {
        MigrationSpec spec = SpecFixture.demo(dir, stage, tree -> {
            ArrayNode instances = ((ObjectNode) tree.path("legacy").path("network")).putArray("instances");
            instances.add("i-0a1b2c3d4e5f60701").add("i-0a1b2c3d4e5f60702").add("i-0a1b2c3d4e5f60703");
        });
        SpecFixture.recordNeeds(spec, stage);
        return Synth.json(spec).get("local-demo-legacy");
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void holdsEveryLegacyInstanceAndVolumeAtEveryStage(Stage stage) {
        String json = synth(stage);
        List<String> imported = new ArrayList<>();
        Synth.tree(json).path("import").forEach(i -> imported.add(i.path("to").asText() + "=" + i.path("id").asText()));
        assertEquals(List.of(
                "aws_instance.i-0a1b2c3d4e5f60701=i-0a1b2c3d4e5f60701",
                "aws_instance.i-0a1b2c3d4e5f60702=i-0a1b2c3d4e5f60702",
                "aws_instance.i-0a1b2c3d4e5f60703=i-0a1b2c3d4e5f60703",
                "aws_ebs_volume.vol-0a1b2c3d4e5f60711=vol-0a1b2c3d4e5f60711",
                "aws_ebs_volume.vol-0a1b2c3d4e5f60712=vol-0a1b2c3d4e5f60712",
                "aws_ebs_volume.vol-0a1b2c3d4e5f60713=vol-0a1b2c3d4e5f60713"), imported);
        assertTrue(Testing.toHaveResourceWithProperties(json, "aws_ebs_volume", Map.of(
                "availability_zone", "${data.aws_ebs_volume.vol-0a1b2c3d4e5f60711-lookup.availability_zone}")), json);
        assertTrue(Testing.toHaveDataSourceWithProperties(json, "aws_ebs_volume", Map.of(
                "filter", List.of(Map.of("name", "volume-id", "values", List.of("vol-0a1b2c3d4e5f60712"))))), json);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void zkmigNeverChangesLegacyResourcesAndDestroysThemOnlyAtDecommission(Stage stage) {
        String json = synth(stage);
        for (String type : List.of("aws_instance", "aws_ebs_volume")) {
            Synth.resources(json, type).forEach(resource -> {
                JsonNode lifecycle = resource.path("lifecycle");
                assertEquals("all", lifecycle.path("ignore_changes").asText(), json);
                assertEquals(stage != Stage.DECOMMISSION, lifecycle.path("prevent_destroy").asBoolean(), stage.yamlName());
            });
        }
    }
}
