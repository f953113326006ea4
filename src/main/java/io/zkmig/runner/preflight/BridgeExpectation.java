package io.zkmig.runner.preflight;

import io.zkmig.runner.lifecycle.Command;
import io.zkmig.runner.lifecycle.Commands;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;

/**
 * Whether the bridge must be in place at the spec's stage, by the lifecycle's bridge deploy: the stages it
 * applies at declare the bridge, and from the one after the first (the deploy has run) target servers follow
 * the legacy leader over it. Before that, and after the stages that declare it, its absence is expected.
 */
public enum BridgeExpectation {
    /** Before the bridge's stage, or at it before its deploy has run. */
    NOT_YET,
    /** The target servers need it: observe, verify, cutover, split. */
    REQUIRED,
    /** Disconnect and later remove it. */
    REMOVED;

    private static final Command DEPLOY = Commands.DEPLOY_BRIDGE;

    public static BridgeExpectation at(Stage stage) {
        if (!stage.atLeast(DEPLOY.atStage()) || stage == DEPLOY.atStage()) {
            return NOT_YET;
        }
        return DEPLOY.upTo().atLeast(stage) ? REQUIRED : REMOVED;
    }

    /** Why a missing piece is no failure at this stage (empty for {@link #REQUIRED}). */
    public String why(MigrationSpec spec) {
        return switch (this) {
            case NOT_YET -> "expected before the bridge is deployed (" + DEPLOY.instruction(spec)
                    + "); zkmig observe refuses until it is in place";
            case REQUIRED -> "";
            case REMOVED -> "expected: stage " + spec.stage().yamlName() + " removes the bridge";
        };
    }
}
