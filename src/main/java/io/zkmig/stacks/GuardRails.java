package io.zkmig.stacks;

import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.lifecycle.Command;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.spec.MigrationSpec;
import java.util.List;

/**
 * Refuses to synthesize a desired stage that the recorded state (the runner's ledger) does not allow
 * yet, naming the command that comes first. The spec's stage is what is wanted; the ledger is what
 * happened; Terraform must never run ahead of ZooKeeper. The rules are the migration lifecycle's
 * ({@link MigrationLifecycle#NEEDS}, {@link MigrationLifecycle#STAGE_FORBIDS}).
 */
public final class GuardRails {

    private GuardRails() {
    }

    /** Throws {@link GuardRailException} listing every reason the spec's stage is refused. */
    public static void check(MigrationSpec spec, MigrationState state) {
        List<String> reasons = MigrationLifecycle.stageRefusals(spec, state);
        if (!reasons.isEmpty()) {
            throw new GuardRailException(spec.name() + " (" + Command.specPath(spec)
                    + "): stage '" + spec.stage().yamlName() + "' is not allowed yet:\n  - " + String.join("\n  - ", reasons));
        }
    }
}
