package io.zkmig.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Fault injection for the resume and lock tests. With {@code -Dzkmig.crashAt=<step>[@<subject>]:<before|after>}
 * the runner halts (no cleanup, like a kill -9) right before running that step or right after it took effect
 * but before the ledger records it done. With {@code -Dzkmig.pauseAt=...} (same form) it stops there, holding
 * the runner lock, until a line (or the end) arrives on its standard input. Inert unless a property is set.
 */
public final class CrashPoint {
    public static final int EXIT_CODE = 99;

    private CrashPoint() {
    }

    public static void maybeCrash(Step step, String when) {
        if (matches(System.getProperty("zkmig.crashAt"), step, when)) {
            System.out.flush();
            System.err.println("zkmig: injected crash at " + label(step, when));
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_CODE);
        }
        if (matches(System.getProperty("zkmig.pauseAt"), step, when)) {
            System.out.flush();
            System.err.println("zkmig: paused at " + label(step, when) + " (a line on stdin continues)");
            System.err.flush();
            try {
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                // no input to wait on: continue
            }
        }
    }

    private static boolean matches(String spec, Step step, String when) {
        if (spec == null || spec.isBlank()) {
            return false;
        }
        return spec.equals(label(step, when)) || spec.equals(step.name() + ":" + when);
    }

    private static String label(Step step, String when) {
        return step.name() + (step.subject().isEmpty() ? "" : "@" + step.subject()) + ":" + when;
    }
}
