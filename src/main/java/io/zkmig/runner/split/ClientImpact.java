package io.zkmig.runner.split;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What clients felt: longest gap between successful writes and between successful reads, failed
 * operations, sessions expired, leadership changes in the LeaderLatch group and the most leaders it
 * had at once; {@code lostWrites} (acknowledged writes not found afterwards) is null until checked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientImpact(long acknowledgedWrites, long failedOperations, long longestWriteGapMs,
                           long longestReadGapMs, int sessionsExpired, int leadershipChanges,
                           int maxConcurrentLeaders, Integer lostWrites) {

    public long longestGapMs() {
        return Math.max(longestWriteGapMs, longestReadGapMs);
    }

    /** {@code this - before}, for counters (gaps are not additive: they are taken as is). */
    public ClientImpact since(ClientImpact before) {
        return new ClientImpact(acknowledgedWrites - before.acknowledgedWrites,
                failedOperations - before.failedOperations, longestWriteGapMs, longestReadGapMs,
                sessionsExpired - before.sessionsExpired, leadershipChanges - before.leadershipChanges,
                maxConcurrentLeaders, lostWrites);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("acknowledgedWrites", acknowledgedWrites);
        m.put("failedOperations", failedOperations);
        m.put("longestWriteGapMs", longestWriteGapMs);
        m.put("longestReadGapMs", longestReadGapMs);
        m.put("sessionsExpired", sessionsExpired);
        m.put("leadershipChanges", leadershipChanges);
        m.put("maxConcurrentLeaders", maxConcurrentLeaders);
        if (lostWrites != null) {
            m.put("lostWrites", lostWrites);
        }
        return m;
    }

    public String summary() {
        return String.format("longest gap: writes %d ms, reads %d ms; failed operations %d; sessions expired %d; "
                        + "leadership changes %d (max %d leader%s at once); writes acknowledged %d%s",
                longestWriteGapMs, longestReadGapMs, failedOperations, sessionsExpired, leadershipChanges,
                maxConcurrentLeaders, maxConcurrentLeaders == 1 ? "" : "s", acknowledgedWrites,
                lostWrites == null ? "" : ", lost " + lostWrites);
    }
}
