package io.zkmig.runner.split;

import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Samples every server's {@code srvr} a few times a second during a split: who leads (servers that say
 * "leader" and are in the configuration they report), who serves. Gives the number of leader changes
 * the split caused, as the servers saw them.
 */
public final class LeaderTimeline implements AutoCloseable {
    /** One sample: ms since start, the servers leading, the servers serving. */
    public record Sample(long atMs, Set<Integer> leaders, Set<Integer> serving) {
    }

    private final List<ServerSpec> servers;
    private final long intervalMs;
    private final List<Sample> samples = new ArrayList<>();
    private final long t0 = System.nanoTime();
    private volatile boolean running = true;
    private final Thread thread;

    private LeaderTimeline(List<ServerSpec> servers, long intervalMs) {
        this.servers = List.copyOf(servers);
        this.intervalMs = intervalMs;
        this.thread = new Thread(this::loop, "zkmig-leader-timeline");
        thread.setDaemon(true);
    }

    public static LeaderTimeline start(List<ServerSpec> servers) {
        LeaderTimeline t = new LeaderTimeline(servers, 150);
        t.sampleOnce();
        t.thread.start();
        return t;
    }

    private void loop() {
        while (running) {
            sampleOnce();
            try {
                Thread.sleep(intervalMs);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleOnce() {
        Map<Integer, ServerStatus> st = EnsembleView.probeAll(servers);
        Set<Integer> leaders = st.values().stream()
                .filter(s -> s.role() == ServerRole.LEADER && !Boolean.FALSE.equals(s.inConfig()))
                .map(ServerStatus::id).collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> serving = st.values().stream().filter(ServerStatus::isServing).map(ServerStatus::id)
                .collect(Collectors.toCollection(TreeSet::new));
        synchronized (samples) {
            samples.add(new Sample((System.nanoTime() - t0) / 1_000_000, leaders, serving));
        }
    }

    public List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The distinct leaders in order (a leaderless moment is not a leader). */
    public List<Integer> leaderSequence() {
        List<Integer> seq = new ArrayList<>();
        for (Sample s : samples()) {
            if (s.leaders().size() == 1) {
                int l = s.leaders().iterator().next();
                if (seq.isEmpty() || seq.get(seq.size() - 1) != l) {
                    seq.add(l);
                }
            }
        }
        return seq;
    }

    public int leaderChanges() {
        return Math.max(0, leaderSequence().size() - 1);
    }

    /** The most servers that claimed leadership of their configuration in one sample. */
    public int maxSimultaneousLeaders() {
        return samples().stream().mapToInt(s -> s.leaders().size()).max().orElse(0);
    }

    /** The longest run of samples without any leader, in ms (an upper bound: sampling interval). */
    public long longestLeaderlessMs() {
        long longest = 0;
        Long since = null;
        long prev = 0;
        for (Sample s : samples()) {
            if (s.leaders().isEmpty()) {
                if (since == null) {
                    since = prev;
                }
            } else if (since != null) {
                longest = Math.max(longest, s.atMs() - since);
                since = null;
            }
            prev = s.atMs();
        }
        return longest;
    }

    public long nowMs() {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampleOnce();
    }
}
