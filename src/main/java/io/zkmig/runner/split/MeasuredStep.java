package io.zkmig.runner.split;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;

/** Wraps a step so that {@link StepMeasurements} knows when it starts, ends or is skipped. */
final class MeasuredStep implements Step {
    private final Step step;
    private final StepMeasurements measurements;

    MeasuredStep(Step step, StepMeasurements measurements) {
        this.step = step;
        this.measurements = measurements;
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
            measurements.skipped(step);
        }
        return done;
    }

    @Override
    public void run(MigrationContext ctx) throws Exception {
        measurements.started(step);
        boolean succeeded = false;
        try {
            step.run(ctx);
            succeeded = true;
        } finally {
            measurements.finished(step, succeeded);
        }
    }
}
