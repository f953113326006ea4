package io.zkmig.runner.probe;

/**
 * What a workload saw: acknowledged and failed operations, the longest gaps between successful reads
 * and between successful writes, sessions expired, leadership changes and the most leaders at once.
 */
public record WorkloadStats(long acknowledgedWrites, long failedWrites, long reads, long failedReads,
                            long longestWriteGapMs, long longestReadGapMs, int sessionsExpired,
                            int leadershipChanges, int maxConcurrentLeaders, int currentLeaders) {

    public long failedOperations() {
        return failedWrites + failedReads;
    }

    public String summary() {
        return String.format("writes acked=%d failed=%d, reads=%d failed=%d, longest gap write=%d ms read=%d ms, "
                        + "sessions expired=%d, leadership changes=%d, max concurrent leaders=%d",
                acknowledgedWrites, failedWrites, reads, failedReads, longestWriteGapMs, longestReadGapMs,
                sessionsExpired, leadershipChanges, maxConcurrentLeaders);
    }
}
