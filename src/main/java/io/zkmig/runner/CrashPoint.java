package io.zkmig.runner;

/**
 * Fault injection for the resume tests: with {@code -Dzkmig.crashAt=<step>[@<subject>]:<before|after>}
 * the runner halts (no cleanup, like a kill -9) right before running that step or right after it
 * took effect but before the ledger records it done. Inert unless the property is set.
 */
public final class CrashPoint {
    public static final int EXIT_CODE = 99;

    private CrashPoint() {
    }

    public static void maybeCrash(Step step, String when) {
        String spec = System.getProperty("zkmig.crashAt");
        if (spec == null || spec.isBlank()) {
            return;
        }
        String target = step.name() + (step.subject().isEmpty() ? "" : "@" + step.subject()) + ":" + when;
        String targetAnySubject = step.name() + ":" + when;
        if (spec.equals(target) || spec.equals(targetAnySubject)) {
            System.out.flush();
            System.err.println("zkmig: injected crash at " + target);
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_CODE);
        }
    }
}
