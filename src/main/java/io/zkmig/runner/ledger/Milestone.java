package io.zkmig.runner.ledger;

/**
 * Facts about the migration that gate the next stage (the CDKTF app reads them before synthesizing
 * a stage). The runner records one as the step {@code milestone.<name>} with status DONE when it
 * becomes true, and ROLLED_BACK when a rollback undoes it. Which command brings each about, which stage
 * needs it and what undoes it is the migration lifecycle's table ({@code io.zkmig.runner.lifecycle}).
 */
public enum Milestone {
    /** The target cluster exists and its servers are reachable. */
    TARGET_PROVISIONED,
    /** Target servers follow the legacy leader (observers or non-voting followers). */
    TARGET_OBSERVING,
    /** Parity between legacy and target was proven. */
    VERIFIED,
    /** Every client group with a fixed connect string has moved. */
    CUTOVER_COMPLETE,
    /** The target runs on its own: legacy servers removed from the ensemble. */
    SPLIT_COMPLETE,
    /** Snapshots of every legacy volume completed and verified. */
    SNAPSHOTS_COMPLETE;

    public String step() {
        return "milestone." + name().toLowerCase().replace('_', '-');
    }
}
