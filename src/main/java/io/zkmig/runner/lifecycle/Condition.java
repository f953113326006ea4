package io.zkmig.runner.lifecycle;

import io.zkmig.runner.ledger.Milestone;
import java.util.function.Predicate;

/** A recorded state in which the lifecycle forbids something, with the words the table prints for it. */
public enum Condition {
    OBSERVING_BEFORE_SPLIT("target-observing, split not complete",
            r -> r.has(Milestone.TARGET_OBSERVING) && !r.has(Milestone.SPLIT_COMPLETE)),
    SPLIT_COMPLETE("split-complete", r -> r.has(Milestone.SPLIT_COMPLETE)),
    DYNAMIC_SPLIT("a dynamic split begun or complete, not rolled back", Recorded::dynamicSplitInEffect),
    STATIC_SPLIT("a static split done", Recorded::staticSplit);

    private final String words;
    private final Predicate<Recorded> holds;

    Condition(String words, Predicate<Recorded> holds) {
        this.words = words;
        this.holds = holds;
    }

    public boolean holds(Recorded r) {
        return holds.test(r);
    }

    @Override
    public String toString() {
        return words;
    }
}
