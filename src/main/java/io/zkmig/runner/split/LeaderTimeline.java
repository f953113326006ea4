package io.zkmig.runner.split;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
        java.util.Map<Integer, java.util.concurrent.CompletableFuture<String[]>> answers = new java.util.LinkedHashMap<>();
        for (ServerSpec s : servers) {
            answers.put(s.id(), java.util.concurrent.CompletableFuture.supplyAsync(() -> light(s), SAMPLERS));
        }
        java.util.Map<Integer, Long> claims = new java.util.HashMap<>();
        Set<Integer> serving = new TreeSet<>();
        answers.forEach((id, f) -> {
            String[] a = f.join();
            if (a == null) {
                return;
            }
            ServerRole role = ServerRole.fromMode(a[0]);
            if (role != ServerRole.NOT_SERVING) {
                serving.add(id);
            }
            if (role == ServerRole.LEADER) {
                EnsembleConfig c = a[1] == null ? new EnsembleConfig(List.of(), EnsembleConfig.NO_VERSION)
                        : EnsembleConfig.parse(a[1]);
                // a server that still says "leader" after leaving the configuration is stepping down
                if (c.members().isEmpty() || c.member(id).isPresent()) {
                    claims.put(id, c.version());
                }
            }
        });
        // Right after the leader's removal the old leader may still claim leadership of the configuration
        // it has not yet replaced while the new leader serves the newer one: only the newest counts.
        long newest = claims.values().stream().mapToLong(Long::longValue).max().orElse(EnsembleConfig.NO_VERSION);
        Set<Integer> leaders = new TreeSet<>();
        claims.forEach((id, version) -> {
            if (version == newest) {
                leaders.add(id);
            }
        });
        synchronized (samples) {
            samples.add(new Sample((System.nanoTime() - t0) / 1_000_000, leaders, serving));
        }
    }

    private static final java.util.concurrent.ExecutorService SAMPLERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "zkmig-leader-sampler");
        t.setDaemon(true);
        return t;
    });

    /** {@code srvr}'s mode and, for a leader, {@code conf}'s membership; null when the server does not answer. */
    private static String[] light(ServerSpec s) {
        try {
            String srvr = FourLetterWords.send(s.host(), s.clientPort(), "srvr", 1000);
            String mode = FourLetterWords.parse(srvr).get("Mode");
            String conf = null;
            if ("leader".equals(mode)) {
                conf = FourLetterWords.send(s.host(), s.clientPort(), "conf", 1000);
            }
            return new String[] {mode, conf};
        } catch (java.io.IOException e) {
            return null;
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
