package io.zkmig.runner.probe;

import io.zkmig.ensemble.ZkConnections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;

/**
 * A live client workload against an ensemble, like the services a migration must not disturb:
 * a writer counting acknowledged writes (persistent and sequential znodes), a reader, and a LeaderLatch
 * group with ephemeral members. Every loop is bounded in count and time.
 *
 * <pre>
 * try (ClientWorkload w = ClientWorkload.start(legacy.connectString(), ClientWorkload.Options.defaults())) {
 *     ... migrate ...
 *     assertEquals(List.of(), w.missingAcknowledgedWrites());
 * }
 * </pre>
 */
public final class ClientWorkload implements AutoCloseable {

    /** Knobs; {@code ensembleTracker} false makes the clients keep a fixed connect string. */
    public record Options(String basePath, int latchMembers, Duration writeInterval, long maxWrites,
                          Duration maxDuration, boolean ensembleTracker) {
        public static Options defaults() {
            return new Options("/zkmig-workload", 3, Duration.ofMillis(50), 20_000, Duration.ofMinutes(10), true);
        }

        public Options withBasePath(String path) {
            return new Options(path, latchMembers, writeInterval, maxWrites, maxDuration, ensembleTracker);
        }

        public Options withEnsembleTracker(boolean on) {
            return new Options(basePath, latchMembers, writeInterval, maxWrites, maxDuration, on);
        }

        public Options withMaxDuration(Duration d) {
            return new Options(basePath, latchMembers, writeInterval, maxWrites, d, ensembleTracker);
        }
    }

    private final Options options;
    private final CuratorFramework client;
    private final LatchGroup latchGroup;
    private final GapTracker writes = new GapTracker();
    private final GapTracker reads = new GapTracker();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile int writerSessionsLost;
    private volatile boolean running = true;

    private ClientWorkload(String connectString, Options options) throws Exception {
        this.options = options;
        this.client = CuratorFrameworkFactory.builder().connectString(connectString)
                .ensembleTracker(options.ensembleTracker())
                .sessionTimeoutMs((int) ZkConnections.SESSION_TIMEOUT.toMillis()).connectionTimeoutMs(10_000)
                .retryPolicy(new ExponentialBackoffRetry(100, 20, 1000)).build();
        client.getConnectionStateListenable().addListener((c, s) -> {
            if (s == ConnectionState.LOST) {
                writerSessionsLost++;
            }
        });
        client.start();
        if (!client.blockUntilConnected(60, TimeUnit.SECONDS)) {
            client.close();
            throw new IllegalStateException("workload could not connect to " + connectString);
        }
        client.create().orSetData().creatingParentsIfNeeded().forPath(options.basePath() + "/config", "v0".getBytes());
        client.create().orSetData().creatingParentsIfNeeded().forPath(options.basePath() + "/writes");
        client.create().orSetData().creatingParentsIfNeeded().forPath(options.basePath() + "/seq");
        this.latchGroup = new LatchGroup(connectString, options.ensembleTracker(), options.basePath() + "/leader",
                options.basePath() + "/members", options.latchMembers());
    }

    public static ClientWorkload start(String connectString, Options options) throws Exception {
        ClientWorkload w = new ClientWorkload(connectString, options);
        w.spawn("zkmig-workload-writer", w::writeLoop);
        w.spawn("zkmig-workload-reader", w::readLoop);
        return w;
    }

    private void spawn(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private void writeLoop() {
        long deadline = System.nanoTime() + options.maxDuration().toNanos();
        for (long n = 0; running && n < options.maxWrites() && System.nanoTime() < deadline; n++) {
            String path = options.basePath() + "/writes/w-" + n;
            try {
                client.create().forPath(path, Long.toString(n).getBytes());
                acknowledged.add(path);
                if (n % 10 == 0) {
                    client.create().withMode(CreateMode.PERSISTENT_SEQUENTIAL).forPath(options.basePath() + "/seq/item-");
                    client.setData().forPath(options.basePath() + "/config", ("v" + n).getBytes());
                }
                writes.success();
            } catch (KeeperException.NodeExistsException e) {
                // a create whose answer was lost on a disconnect and was retried: it did commit
                acknowledged.add(path);
                writes.success();
            } catch (Exception e) {
                writes.failure();
            }
            pause();
        }
    }

    private void readLoop() {
        long deadline = System.nanoTime() + options.maxDuration().toNanos();
        for (long n = 0; running && n < options.maxWrites() * 2 && System.nanoTime() < deadline; n++) {
            try {
                client.getData().forPath(options.basePath() + "/config");
                reads.success();
            } catch (Exception e) {
                reads.failure();
            }
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(options.writeInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    public WorkloadStats stats() {
        return new WorkloadStats(writes.successes(), writes.failures(), reads.successes(), reads.failures(),
                writes.longestMs(), reads.longestMs(), writerSessionsLost + latchGroup.sessionsLost(),
                latchGroup.leadershipChanges(), latchGroup.maxLeaders(), latchGroup.leaders());
    }

    /** Starts gap measurement afresh, e.g. right before the step whose client impact is measured. */
    public void resetGaps() {
        writes.resetGap();
        reads.resetGap();
    }

    /** Blocks until at least {@code n} more writes were acknowledged (bounded by {@code timeout}). */
    public boolean awaitWrites(long n, Duration timeout) throws InterruptedException {
        long target = writes.successes() + n;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (writes.successes() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return writes.successes() >= target;
    }

    /** Every acknowledged write that cannot be read back (through this workload's own connection). */
    public List<String> missingAcknowledgedWrites() throws Exception {
        List<String> missing = new ArrayList<>();
        client.sync().forPath(options.basePath());
        for (String path : acknowledged) {
            if (client.checkExists().forPath(path) == null) {
                missing.add(path);
            }
        }
        return missing;
    }

    /** The connection string the writer's Curator client uses now (EnsembleTracker may have rewritten it). */
    public String currentConnectString() {
        return client.getZookeeperClient().getCurrentConnectionString();
    }

    public CuratorFramework client() {
        return client;
    }

    public List<CuratorFramework> latchClients() {
        return latchGroup.clients();
    }

    public Options options() {
        return options;
    }

    /** Stops the loops; the clients stay connected until {@link #close()}. */
    public void stop() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
        latchGroup.close();
        client.close();
    }
}
