package io.zkmig.stacks;

import com.hashicorp.cdktf.App;
import io.zkmig.cloud.Ledgers;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.spec.InvalidSpecException;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDKTF app ({@code cdktf.json}): for every migration spec, its stacks at the spec's stage, as far
 * as the migration's ledger allows. Refusals and spec errors go to stderr, with exit status 1, before
 * anything is synthesized.
 */
public final class StacksApp {
    private StacksApp() {
    }

    public static void main(String[] args) {
        List<Path> files = SpecFiles.find(System.getenv(SpecFiles.ENV), Path.of("").toAbsolutePath());
        List<String> problems = new ArrayList<>();
        App app = new App();
        List<String> stackNames = new ArrayList<>();
        for (Path file : files) {
            try {
                MigrationSpec spec = SpecLoader.load(file);
                MigrationStacks.declare(app, spec, recordedState(spec))
                        .forEach(stack -> stackNames.add(stack.getNode().getId()));
            } catch (InvalidSpecException | GuardRailException e) {
                problems.add(e.getMessage());
            }
        }
        if (files.isEmpty()) {
            problems.add("no migration spec: put one in stacks/<name>.yaml or name files in " + SpecFiles.ENV);
        }
        if (!problems.isEmpty()) {
            System.err.println("zkmig stacks: nothing synthesized\n" + String.join("\n", problems));
            System.exit(1);
        }
        app.synth();
        ProviderLocks.writeMissing(Path.of(app.getOutdir()), stackNames);
    }

    /** What the runner recorded; an absent ledger is a migration where nothing has happened yet. */
    static MigrationState recordedState(MigrationSpec spec) {
        try (Ledger ledger = Ledgers.readOnly(spec)) {
            return ledger.state();
        }
    }
}
