package io.zkmig.runner.split;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a split (or its rollback) did and what it cost: every step with its time and the leader and
 * latch changes during it, the reconfigs with concurrent changes and lost answers absorbed, the
 * server leader changes seen by sampling, the client impact measured by the probe, the leader-change
 * announcement, and how the sessions that sat on the servers handing over moved. Printed at the end of
 * the run and kept in the ledger ({@code <prefix>.report}). Never holds a credential.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SplitReport(String mode, Status status, String reason, long durationMs, List<Integer> leaderSequence,
                          int serverLeaderChanges, int maxSimultaneousLeaders, long longestLeaderlessMs,
                          List<StepFigures> steps, List<String> reconfigNotes, ClientImpact clientImpact,
                          List<String> announcement, List<String> sessionMoves, String finalConfig) {

    public enum Status { COMPLETED, PAUSED, FAILED }

    /** One step: how long it took and what clients and servers saw during it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepFigures(String step, String subject, String result, long millis, int serverLeaderChanges,
                              Integer latchLeadershipChanges, Long failedOperations) {
    }

    public void print(PrintStream out) {
        out.println();
        out.println("== " + mode + " report: " + status + (reason == null ? "" : " (" + reason + ")"));
        out.printf("  duration          %.1f s%n", durationMs / 1000.0);
        out.println("  leaders (servers) " + leaderSequence + ": " + serverLeaderChanges + " leader change"
                + (serverLeaderChanges == 1 ? "" : "s") + ", at most " + maxSimultaneousLeaders
                + " server(s) leading at once, longest leaderless " + longestLeaderlessMs + " ms (sampled)");
        if (clientImpact != null) {
            out.println("  client impact     " + clientImpact.summary());
        }
        out.println("  steps:");
        for (StepFigures s : steps) {
            out.printf("    %-40s %-8s %6d ms  leader changes %d%s%n", s.step() + (s.subject().isEmpty() ? "" : " [" + s.subject() + "]"),
                    s.result(), s.millis(), s.serverLeaderChanges(),
                    s.latchLeadershipChanges() == null ? "" : ", latch leadership changes " + s.latchLeadershipChanges()
                            + ", failed client ops " + s.failedOperations());
        }
        if (!reconfigNotes.isEmpty()) {
            out.println("  notes:");
            reconfigNotes.forEach(n -> out.println("    " + n));
        }
        if (announcement != null && !announcement.isEmpty()) {
            out.println("  announced before the leader change:");
            announcement.forEach(n -> out.println("    " + n));
        }
        if (!sessionMoves.isEmpty()) {
            out.println("  sessions that were on the servers handing over:");
            sessionMoves.forEach(n -> out.println("    " + n));
        }
        if (finalConfig != null) {
            out.println("  configuration     " + finalConfig);
        }
        out.flush();
    }

    /** The ledger's copy: figures only. */
    public Map<String, Object> toDetails() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("mode", mode);
        d.put("status", status.name());
        if (reason != null) {
            d.put("reason", reason);
        }
        d.put("durationMs", durationMs);
        d.put("leaderSequence", leaderSequence);
        d.put("serverLeaderChanges", serverLeaderChanges);
        d.put("maxSimultaneousLeaders", maxSimultaneousLeaders);
        d.put("longestLeaderlessMs", longestLeaderlessMs);
        if (clientImpact != null) {
            d.put("clientImpact", clientImpact.toMap());
        }
        List<Map<String, Object>> st = new ArrayList<>();
        for (StepFigures s : steps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", s.step());
            m.put("subject", s.subject());
            m.put("result", s.result());
            m.put("millis", s.millis());
            m.put("serverLeaderChanges", s.serverLeaderChanges());
            if (s.latchLeadershipChanges() != null) {
                m.put("latchLeadershipChanges", s.latchLeadershipChanges());
                m.put("failedOperations", s.failedOperations());
            }
            st.add(m);
        }
        d.put("steps", st);
        if (!reconfigNotes.isEmpty()) {
            d.put("reconfigNotes", reconfigNotes);
        }
        if (!sessionMoves.isEmpty()) {
            d.put("sessionMoves", sessionMoves);
        }
        if (finalConfig != null) {
            d.put("finalConfig", finalConfig);
        }
        return d;
    }
}
