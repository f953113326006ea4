package io.zkmig.runner.observe;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.ServerSpec;
import java.util.List;
import java.util.stream.Collectors;

/** Records {@code milestone.target-observing} once every target server is synced with the legacy ensemble. */
final class ObservingMilestone implements Step {
    @Override
    public String name() {
        return Milestone.TARGET_OBSERVING.step();
    }

    @Override
    public String describe() {
        return "check that every target server observes the legacy ensemble, and record it";
    }

    @Override
    public boolean isDone(MigrationContext ctx) {
        return ctx.ledger().state().has(Milestone.TARGET_OBSERVING) && notObserving(ctx).isEmpty();
    }

    @Override
    public void run(MigrationContext ctx) {
        List<String> missing = notObserving(ctx);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not every target server observes the legacy ensemble: " + missing);
        }
    }

    private static List<String> notObserving(MigrationContext ctx) {
        LegacyView legacy = LegacyView.read(ctx.spec());
        return ctx.spec().target().servers().stream().map((ServerSpec t) -> TargetObservation.of(t, legacy))
                .filter(o -> !o.observing()).map(o -> o.id() + " " + o.state().label()).collect(Collectors.toList());
    }
}
