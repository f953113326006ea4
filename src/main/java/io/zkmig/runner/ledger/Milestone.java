package io.zkmig.runner.ledger;

/**
 * Facts about the migration that gate the next stage (the CDKTF app reads them before synthesizing
 * a stage). The runner records one as the step {@code milestone.<name>} with status DONE when it
 * becomes true, and ROLLED_BACK when a rollback undoes it.
 */
public enum Milestone {
    /** The target cluster exists and its servers are reachable. */
    TARGET_PROVISIONED("cdktf deploy <name>-target"),
    /** Target servers follow the legacy leader (observers or non-voting followers). */
    TARGET_OBSERVING("zkmig observe <spec>"),
    /** Parity between legacy and target was proven. */
    VERIFIED("zkmig verify <spec>"),
    /** Every client group with a fixed connect string has moved. */
    CUTOVER_COMPLETE("zkmig cutover mark <spec> <group>"),
    /** The target runs on its own: legacy servers removed from the ensemble. */
    SPLIT_COMPLETE("zkmig split <spec>"),
    /** Snapshots of every legacy volume completed and verified. */
    SNAPSHOTS_COMPLETE("zkmig decommission --snapshot <spec>");

    private final String command;

    Milestone(String command) {
        this.command = command;
    }

    /** The command that brings this milestone about, for error messages. */
    public String command() {
        return command;
    }

    public String step() {
        return "milestone." + name().toLowerCase().replace('_', '-');
    }
}
