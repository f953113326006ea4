package io.zkmig.cli;

import io.zkmig.runner.StepChain;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** What the runner's commands share: their output as the stream steps print to, durations, a chain's summary. */
public final class RunnerIo {
    private RunnerIo() {
    }

    /** A PrintStream onto the command's writer (steps and progress bars print to streams). */
    public static PrintStream stream(PrintWriter writer) {
        return new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                buffer.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
            }

            @Override
            public synchronized void flush() {
                writer.write(buffer.toString(StandardCharsets.UTF_8));
                buffer.reset();
                writer.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** The chain's outcome in one line; the exit code that goes with it. */
    static int finish(StepChain.Result r, PrintStream out) {
        if (r.succeeded()) {
            out.printf("%s: done (%d steps run, %d already in effect)%n", r.stage(), r.done(), r.skipped());
            return ExitCodes.OK;
        }
        out.printf("%s: stopped at %s%s: %s%nrun the same command again to resume from there%n", r.stage(),
                r.failedStep().name(), r.failedStep().subject().isEmpty() ? "" : " [" + r.failedStep().subject() + "]",
                r.failure());
        return ExitCodes.CHECK_FAILED;
    }
}
