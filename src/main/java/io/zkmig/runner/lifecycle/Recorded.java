package io.zkmig.runner.lifecycle;

import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the lifecycle reads from the ledger: the milestones in effect, and whether the split has changed
 * the ensemble. A split reconfig ({@code split.reconfig}) not followed by a completed split rollback
 * ({@code split-rollback.confirm}) means the split has begun, whether it then completed, paused or failed;
 * a completed static split ({@code split.static.confirm}) has no way back.
 */
public record Recorded(Set<Milestone> milestones, boolean splitBegun, boolean staticSplit) {
    public static final String SPLIT_RECONFIG = StepNames.reconfig(StepNames.SPLIT);
    public static final String SPLIT_ROLLBACK_CONFIRM = StepNames.of(StepNames.SPLIT_ROLLBACK, StepNames.CONFIRM);
    public static final String STATIC_SPLIT_CONFIRM = StepNames.of(StepNames.STATIC_SPLIT, StepNames.CONFIRM);

    public Recorded {
        milestones = milestones.isEmpty() ? EnumSet.noneOf(Milestone.class) : EnumSet.copyOf(milestones);
    }

    public static Recorded of(MigrationState state) {
        long lastSplitChange = -1;
        long lastRollback = -1;
        for (LedgerEntry e : state.entries()) {
            if (e.status() != LedgerEntry.Status.DONE) {
                continue;
            }
            if (e.kind() == LedgerEntry.Kind.RECONFIG && e.step().equals(SPLIT_RECONFIG)) {
                lastSplitChange = e.seq();
            } else if (e.step().equals(SPLIT_ROLLBACK_CONFIRM)) {
                lastRollback = e.seq();
            }
        }
        boolean staticSplit = state.isDone(STATIC_SPLIT_CONFIRM, "") && state.has(Milestone.SPLIT_COMPLETE);
        return new Recorded(state.milestones(), lastSplitChange > lastRollback, staticSplit);
    }

    /** The same without the milestones the world contradicts (they no longer count). */
    public Recorded without(Set<Milestone> contradicted) {
        Set<Milestone> left = EnumSet.noneOf(Milestone.class);
        left.addAll(milestones);
        left.removeAll(contradicted);
        return new Recorded(left, splitBegun, staticSplit);
    }

    public boolean has(Milestone m) {
        return milestones.contains(m);
    }

    /** A dynamic split changed the ensemble (begun, paused, failed or complete) and was not rolled back. */
    public boolean dynamicSplitInEffect() {
        return !staticSplit && (splitBegun || has(Milestone.SPLIT_COMPLETE));
    }
}
