package io.zkmig.runner.split;

import io.zkmig.runner.probe.ClientWorkload;
import io.zkmig.runner.probe.WorkloadStats;
import java.time.Duration;

/**
 * The client-impact probe: a {@link ClientWorkload} (a writer, a reader, a LeaderLatch group of 3, each
 * a Curator client following {@code /zookeeper/config}) under a path of its own, or an already running
 * workload adopted as is (its gaps restarted at {@link #start()}).
 */
public final class WorkloadProbe implements ClientImpactProbe {
    private final String connectString;
    private final String basePath;
    private ClientWorkload workload;
    private final boolean owned;
    private final boolean followConfig;
    private WorkloadStats baseline;

    private WorkloadProbe(String connectString, String basePath, ClientWorkload adopted, boolean followConfig) {
        this.connectString = connectString;
        this.basePath = basePath;
        this.workload = adopted;
        this.owned = adopted == null;
        this.followConfig = followConfig;
    }

    /**
     * A probe of its own under {@code basePath}, removed when closed. {@code followConfig}: its clients
     * follow /zookeeper/config (a dynamic split); false keeps the connect string fixed (a static split,
     * where /zookeeper/config, if any, still names the legacy servers).
     */
    public static WorkloadProbe own(String connectString, String basePath, boolean followConfig) {
        return new WorkloadProbe(connectString, basePath, null, followConfig);
    }

    /** Measures an existing workload (tests, the demo): counts are taken relative to {@link #start()}. */
    public static WorkloadProbe adopt(ClientWorkload workload) {
        return new WorkloadProbe(null, null, workload, true);
    }

    @Override
    public void start() throws Exception {
        if (owned) {
            workload = ClientWorkload.start(connectString, ClientWorkload.Options.defaults().withBasePath(basePath)
                    .withEnsembleTracker(followConfig).withMaxDuration(Duration.ofMinutes(30)));
            workload.awaitWrites(5, Duration.ofSeconds(30));
        }
        workload.resetGaps();
        baseline = workload.stats();
    }

    @Override
    public ClientImpact snapshot() {
        return toImpact(workload.stats(), null);
    }

    @Override
    public void settle() throws Exception {
        workload.awaitWrites(5, Duration.ofSeconds(30));
    }

    @Override
    public ClientImpact finish() throws Exception {
        // a few more writes after the last change, so a gap still open at the end is measured
        settle();
        WorkloadStats now = workload.stats();
        int lost = workload.missingAcknowledgedWrites().size();
        if (owned) {
            workload.stop();
        }
        return toImpact(now, lost);
    }

    private ClientImpact toImpact(WorkloadStats s, Integer lost) {
        WorkloadStats b = baseline;
        return new ClientImpact(s.acknowledgedWrites() - b.acknowledgedWrites(),
                s.failedOperations() - b.failedOperations(), s.longestWriteGapMs(), s.longestReadGapMs(),
                s.sessionsExpired() - b.sessionsExpired(), s.leadershipChanges() - b.leadershipChanges(),
                s.maxConcurrentLeaders(), lost);
    }

    @Override
    public void close() {
        if (owned && workload != null) {
            try {
                workload.client().delete().guaranteed().deletingChildrenIfNeeded().forPath(basePath);
            } catch (Exception e) {
                // best effort: the probe's own znodes only
            }
            workload.close();
        }
    }
}
