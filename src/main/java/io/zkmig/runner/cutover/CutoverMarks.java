package io.zkmig.runner.cutover;

import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.StepNames;
import java.time.Instant;
import java.util.Optional;

/** What the ledger says about a client group's cutover: marked moved (when, why) or not. */
public final class CutoverMarks {
    /** The ledger name of a group's cutover mark: DONE when marked, ROLLED_BACK when unmarked. */
    public static final String STEP = StepNames.CUTOVER_MARK;

    private CutoverMarks() {
    }

    public record Mark(Instant at, String reason) {
    }

    public static Optional<Mark> of(MigrationState state, String group) {
        return state.last(STEP, group).filter(e -> e.status() == LedgerEntry.Status.DONE)
                .map(e -> new Mark(e.at(), String.valueOf(e.details().getOrDefault("reason", ""))));
    }
}
