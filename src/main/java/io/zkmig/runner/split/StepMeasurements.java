package io.zkmig.runner.split;

import io.zkmig.runner.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-step figures of one split, taken without waiting: a step is charged with what the servers and the
 * clients saw from its start until the next step starts (the last step until {@link #close()}), so an effect that
 * shows only after the step returned (clients reconnecting after the leader left) still counts against it, and no
 * step has to sleep for its figures to line up.
 */
final class StepMeasurements {
    private final LeaderTimeline timeline;
    private final ClientImpactProbe probe;
    private final List<SplitReport.StepFigures> figures = new ArrayList<>();
    private Window open;

    /** A step that ran (or is running): what was seen when it started, and how it ended. */
    private static final class Window {
        final Step step;
        final int leaderChangesAtStart;
        final ClientImpact impactAtStart;
        final long startedNanos = System.nanoTime();
        String result = "failed";
        long millis;

        Window(Step step, int leaderChangesAtStart, ClientImpact impactAtStart) {
            this.step = step;
            this.leaderChangesAtStart = leaderChangesAtStart;
            this.impactAtStart = impactAtStart;
        }
    }

    StepMeasurements(LeaderTimeline timeline, ClientImpactProbe probe) {
        this.timeline = timeline;
        this.probe = probe;
    }

    synchronized void skipped(Step step) {
        closeOpenWindow();
        figures.add(new SplitReport.StepFigures(step.name(), step.subject(), "skipped", 0, 0, null, null));
    }

    synchronized void started(Step step) {
        closeOpenWindow();
        open = new Window(step, timeline.leaderChanges(), probe == null ? null : probe.snapshot());
    }

    synchronized void finished(Step step, boolean succeeded) {
        if (open != null && open.step == step) {
            open.result = succeeded ? "done" : "failed";
            open.millis = (System.nanoTime() - open.startedNanos) / 1_000_000;
        }
    }

    /** Ends the last step's window; call once the clients have settled, before the probe stops. */
    synchronized List<SplitReport.StepFigures> close() {
        closeOpenWindow();
        return List.copyOf(figures);
    }

    private void closeOpenWindow() {
        if (open == null) {
            return;
        }
        ClientImpact seen = probe == null ? null : probe.snapshot().since(open.impactAtStart);
        figures.add(new SplitReport.StepFigures(open.step.name(), open.step.subject(), open.result, open.millis,
                timeline.leaderChanges() - open.leaderChangesAtStart, seen == null ? null : seen.leadershipChanges(),
                seen == null ? null : seen.failedOperations()));
        open = null;
    }
}
