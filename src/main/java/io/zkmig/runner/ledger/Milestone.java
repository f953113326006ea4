package io.zkmig.runner.ledger;

/**
 * Facts about the migration that gate the next stage (the CDKTF app reads them before synthesizing
 * a stage). The runner records one ({@link LedgerEntry#milestone}, named {@code milestone.<name>}) with status
 * DONE when it becomes true, ROLLED_BACK when a rollback undoes it, FAILED when it was found no longer true.
 * Which command brings each about, which stage needs it and what undoes it is the migration lifecycle's table
 * ({@code io.zkmig.runner.lifecycle}).
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
    /** No session on any legacy server for the quiet period, checked live on the legacy servers themselves. */
    LEGACY_QUIET,
    /** The bridge is gone: the target serves alone, no target server's configuration names a legacy server. */
    DISCONNECTED,
    /** Snapshots of every legacy volume completed and verified. */
    SNAPSHOTS_COMPLETE;

    /** Its record's name, {@code milestone.<name>} ({@link StepNames#milestone}). */
    public String step() {
        return StepNames.milestone(this);
    }

    /** The milestone a record name is about, if this zkmig knows it. */
    public static java.util.Optional<Milestone> ofStep(String step) {
        for (Milestone m : values()) {
            if (m.step().equals(step)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}
