package io.zkmig.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.spec.InvalidSpecException;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecLoader;
import io.zkmig.spec.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** The demo spec, changed per test and written with its state folder into a temporary directory. */
final class SpecFixture {
    static final Path DEMO = Path.of(System.getProperty("zkmig.home", ".")).resolve("stacks/examples/local.yaml");
    private static final ObjectMapper YAML = new YAMLMapper();

    private SpecFixture() {
    }

    static ObjectNode demoTree() {
        try {
            return (ObjectNode) YAML.readTree(DEMO.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo spec at a stage, with its state (ledger, Terraform state) under {@code dir/state}. */
    static MigrationSpec demo(Path dir, Stage stage) {
        return demo(dir, stage, tree -> { });
    }

    static MigrationSpec demo(Path dir, Stage stage, Consumer<ObjectNode> change) {
        ObjectNode tree = demoTree();
        tree.put("stage", stage.yamlName());
        ((ObjectNode) tree.get("state")).put("dir", "state");
        change.accept(tree);
        return write(dir, tree);
    }

    static MigrationSpec write(Path dir, JsonNode tree) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(tree.get("name").asText() + ".yaml");
            YAML.writeValue(file.toFile(), tree);
            return SpecLoader.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidSpecException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Records milestones in the spec's ledger the way the runner does. */
    static void record(MigrationSpec spec, Milestone... milestones) {
        try (FileLedger ledger = FileLedger.open(spec.stateDir())) {
            for (Milestone m : milestones) {
                ledger.append(LedgerEntry.milestone(m, LedgerEntry.Status.DONE, Map.of()));
            }
        }
    }

    static void rollBack(MigrationSpec spec, Milestone milestone) {
        try (FileLedger ledger = FileLedger.open(spec.stateDir())) {
            ledger.append(LedgerEntry.milestone(milestone, LedgerEntry.Status.ROLLED_BACK, Map.of()));
        }
    }

    /** Records every milestone the lifecycle says a stage needs, so that the stage synthesizes. */
    static void recordNeeds(MigrationSpec spec, Stage stage) {
        record(spec, MigrationLifecycle.needs(stage).toArray(Milestone[]::new));
    }
}
