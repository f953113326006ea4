package io.zkmig.cli;

import io.zkmig.runner.status.MigrationStatus;
import io.zkmig.runner.status.ServerView;
import java.io.PrintWriter;
import java.util.List;

/** The table {@code zkmig status} prints; the demo prints it too. */
public final class StatusPrinter {
    private StatusPrinter() {
    }

    public static void print(MigrationStatus s, PrintWriter out) {
        out.printf("migration %s: desired stage %s; recorded milestones: %s%n", s.migration(), s.desiredStage(),
                s.milestones().isEmpty() ? "none" : s.milestones());
        if (s.lifecycle() != null) {
            LifecyclePrinter.position(s.lifecycle(), out);
        } else {
            out.println();
        }
        TextTable table = new TextTable("SIDE", "ID", "ADDRESS", "ROLE", "VERSION", "ZXID", "CONFIG", "ZNODES", "SESSIONS");
        for (List<ServerView> side : List.of(s.legacy(), s.target())) {
            for (ServerView v : side) {
                var st = v.status();
                table.row(v.side(), st.id(), st.address(), v.role(), st.release(), st.zxidHex(),
                        st.configVersion() == null ? "-" : st.configVersion() < 0 ? "static" : Long.toHexString(st.configVersion()),
                        st.znodeCount(), st.connections());
            }
        }
        table.print(out);
        s.extra().forEach((k, v) -> out.printf("%n%s: %s%n", k, v));
        out.flush();
    }
}
