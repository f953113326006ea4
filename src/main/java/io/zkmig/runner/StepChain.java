package io.zkmig.runner;

import io.zkmig.runner.ledger.LedgerEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a stage as a chain of small named steps, recording each in the ledger: STARTED, then DONE or
 * FAILED. Steps already in effect are skipped (recorded DONE with {@code skipped}); the first failure
 * stops the chain, so a rerun resumes exactly there.
 */
public final class StepChain {
    private final String stage;
    private final List<Step> steps;

    public StepChain(String stage, List<Step> steps) {
        this.stage = stage;
        this.steps = List.copyOf(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    public Result run(MigrationContext ctx) {
        int done = 0;
        int skipped = 0;
        for (Step step : steps) {
            String label = step.name() + (step.subject().isEmpty() ? "" : " [" + step.subject() + "]");
            try {
                if (step.isDone(ctx)) {
                    if (!ctx.ledger().state().isDone(step.name(), step.subject())) {
                        record(ctx, step, LedgerEntry.Status.DONE, Map.of("skipped", "already in effect"));
                    }
                    skipped++;
                    ctx.out().println("  = " + label + ": already done");
                    continue;
                }
                ctx.out().println("  > " + label + ": " + step.describe());
                record(ctx, step, LedgerEntry.Status.STARTED, Map.of());
                CrashPoint.maybeCrash(step, "before");
                long t0 = System.nanoTime();
                step.run(ctx);
                CrashPoint.maybeCrash(step, "after");
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("millis", (System.nanoTime() - t0) / 1_000_000);
                record(ctx, step, LedgerEntry.Status.DONE, details);
                done++;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                record(ctx, step, LedgerEntry.Status.FAILED, Map.of("reason", reason));
                ctx.out().println("  ! " + label + " failed: " + reason);
                return new Result(stage, done, skipped, step, reason);
            }
        }
        return new Result(stage, done, skipped, null, null);
    }

    private static void record(MigrationContext ctx, Step step, LedgerEntry.Status status, Map<String, Object> details) {
        ctx.ledger().append(LedgerEntry.step(step.name(), step.subject(), status, details));
    }

    /** How a run ended: steps done and skipped, and the failed step with its reason if any. */
    public record Result(String stage, int done, int skipped, Step failedStep, String failure) {
        public boolean succeeded() {
            return failedStep == null;
        }
    }
}
