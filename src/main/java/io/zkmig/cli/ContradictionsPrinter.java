package io.zkmig.cli;

import io.zkmig.runner.status.Contradictions;
import java.io.PrintWriter;

/** The head of {@code zkmig status}: the danger first, then what the servers contradict, each with its remedy. */
final class ContradictionsPrinter {
    private ContradictionsPrinter() {
    }

    static void print(Contradictions c, PrintWriter out) {
        if (!c.any()) {
            return;
        }
        for (String line : c.lines()) {
            out.println(line.startsWith("DANGER") ? line : "CONTRADICTED: " + line);
        }
        out.println();
        out.flush();
    }
}
