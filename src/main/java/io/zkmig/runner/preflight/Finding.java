package io.zkmig.runner.preflight;

/** One preflight result: how bad, which check, about what, and what to do. */
public record Finding(Level level, String check, String subject, String message) {

    public enum Level { PASS, WARN, FAIL }

    public static Finding pass(String check, String subject, String message) {
        return new Finding(Level.PASS, check, subject, message);
    }

    public static Finding warn(String check, String subject, String message) {
        return new Finding(Level.WARN, check, subject, message);
    }

    public static Finding fail(String check, String subject, String message) {
        return new Finding(Level.FAIL, check, subject, message);
    }
}
