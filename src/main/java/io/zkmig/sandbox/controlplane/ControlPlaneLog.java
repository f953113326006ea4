package io.zkmig.sandbox.controlplane;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The control plane's log: one line per request and per lifecycle event. Nothing that reaches it carries
 * a header or a request body, so credentials cannot leak into it.
 */
public final class ControlPlaneLog {
    private final PrintStream out;

    public ControlPlaneLog(PrintStream out) {
        this.out = out;
    }

    void info(String message) {
        write("INFO ", message);
    }

    void error(String message) {
        write("ERROR", message);
    }

    private synchronized void write(String level, String message) {
        out.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + level + " " + message);
        out.flush();
    }
}
