package io.zkmig.runner.split;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import java.util.List;

/** Wraps a step to record its time and what servers and clients saw while it ran. */
final class MeasuredStep implements Step {
    private final Step step;
    private final LeaderTimeline timeline;
    private final ClientImpactProbe probe;
    private final List<SplitReport.StepFigures> figures;

    MeasuredStep(Step step, LeaderTimeline timeline, ClientImpactProbe probe, List<SplitReport.StepFigures> figures) {
        this.step = step;
        this.timeline = timeline;
        this.probe = probe;
        this.figures = figures;
    }

    @Override
    public String name() {
        return step.name();
    }

    @Override
    public String subject() {
        return step.subject();
    }

    @Override
    public String describe() {
        return step.describe();
    }

    @Override
    public boolean isDone(MigrationContext ctx) throws Exception {
        boolean done = step.isDone(ctx);
        if (done) {
            figures.add(new SplitReport.StepFigures(name(), subject(), "skipped", 0, 0, null, null));
        }
        return done;
    }

    @Override
    public void run(MigrationContext ctx) throws Exception {
        ClientImpact before = probe == null ? null : probe.snapshot();
        int leadersBefore = timeline.leaderChanges();
        long t0 = System.nanoTime();
        String result = "failed";
        try {
            step.run(ctx);
            result = "done";
        } finally {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // let the sampler and the clients catch up with what this step did; after a leader change,
            // long enough for latch groups to settle, so their changes are counted against this step
            Thread.sleep(timeline.leaderChanges() > leadersBefore ? 2500 : 300);
            ClientImpact d = probe == null ? null : probe.snapshot().since(before);
            figures.add(new SplitReport.StepFigures(name(), subject(), result, ms,
                    timeline.leaderChanges() - leadersBefore, d == null ? null : d.leadershipChanges(),
                    d == null ? null : d.failedOperations()));
        }
    }
}
