package io.zkmig.runner.split;

import io.zkmig.ensemble.ZkConnections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;

/**
 * A client-impact probe that speaks only what ZooKeeper 3.4 understands: one plain ZooKeeper session on a
 * fixed connect string, a writer ({@code create}, opcode 1) and a reader ({@code getData}), gaps between
 * successes, expired sessions, acknowledged writes checked at the end. For the static split: Curator 5
 * uses {@code create2} and container nodes, which a 3.9 observer forwards to a 3.4 leader that does not
 * know them (measured: the request fails with ConnectionLoss).
 */
public final class PlainClientProbe implements ClientImpactProbe {
    private static final long INTERVAL_MS = 50;

    private final String connectString;
    private final String basePath;
    private volatile ZooKeeper zk;
    private volatile boolean running;
    private final AtomicInteger expired = new AtomicInteger();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Gap writeGap = new Gap();
    private final Gap readGap = new Gap();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private Thread writer;
    private Thread reader;

    public PlainClientProbe(String connectString, String basePath) {
        this.connectString = connectString;
        this.basePath = basePath;
    }

    @Override
    public void start() throws Exception {
        zk = open();
        try {
            zk.create(basePath, new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
        } catch (KeeperException.NodeExistsException e) {
            // left by an earlier run
        }
        running = true;
        writer = loop("zkmig-probe-writer", this::writeOnce);
        reader = loop("zkmig-probe-reader", this::readOnce);
        long deadline = System.currentTimeMillis() + 30_000;
        while (writes.get() < 5 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        writeGap.reset();
        readGap.reset();
    }

    private ZooKeeper open() throws Exception {
        java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);
        ZooKeeper z = new ZooKeeper(connectString, (int) ZkConnections.SESSION_TIMEOUT.toMillis(), e -> {
            if (e.getState() == Watcher.Event.KeeperState.SyncConnected) {
                connected.countDown();
            } else if (e.getState() == Watcher.Event.KeeperState.Expired) {
                expired.incrementAndGet();
            }
        });
        if (!connected.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
            z.close();
            throw new IllegalStateException("probe could not connect to " + connectString);
        }
        return z;
    }

    private interface Op {
        void run() throws Exception;
    }

    private Thread loop(String name, Op op) {
        Thread t = new Thread(() -> {
            while (running) {
                try {
                    op.run();
                } catch (KeeperException.SessionExpiredException e) {
                    reopen();
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private synchronized void reopen() {
        try {
            zk.close();
            zk = open();
        } catch (Exception e) {
            failures.incrementAndGet();
        }
    }

    private void writeOnce() throws Exception {
        String path = basePath + "/w-" + writes.get();
        try {
            zk.create(path, new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
        } catch (KeeperException.NodeExistsException e) {
            // the previous attempt committed although its answer was lost
        }
        acknowledged.add(path);
        writes.incrementAndGet();
        writeGap.success();
    }

    private void readOnce() throws Exception {
        zk.getData(basePath, false, null);
        readGap.success();
    }

    @Override
    public ClientImpact snapshot() {
        return new ClientImpact(writes.get(), failures.get(), writeGap.longestMs(), readGap.longestMs(), expired.get(),
                0, 0, null);
    }

    @Override
    public void settle() throws InterruptedException {
        long target = writes.get() + 5;
        long deadline = System.currentTimeMillis() + 30_000;
        while (writes.get() < target && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    @Override
    public ClientImpact finish() throws Exception {
        settle();
        stopLoops();
        zk.sync(basePath);
        int lost = 0;
        for (String p : acknowledged) {
            if (zk.exists(p, false) == null) {
                lost++;
            }
        }
        ClientImpact s = snapshot();
        return new ClientImpact(s.acknowledgedWrites(), s.failedOperations(), s.longestWriteGapMs(), s.longestReadGapMs(),
                s.sessionsExpired(), 0, 0, lost);
    }

    /** The acknowledged writes, in order (tests). */
    public List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    private void stopLoops() throws InterruptedException {
        running = false;
        for (Thread t : new Thread[] {writer, reader}) {
            if (t != null) {
                t.join(10_000);
            }
        }
    }

    @Override
    public void close() {
        try {
            stopLoops();
            for (String child : zk.getChildren(basePath, false)) {
                zk.delete(basePath + "/" + child, -1);
            }
            zk.delete(basePath, -1);
        } catch (Exception e) {
            // best effort: the probe's own znodes only
        }
        try {
            zk.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Longest interval between consecutive successes. */
    private static final class Gap {
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong longest = new AtomicLong();

        void success() {
            long now = System.nanoTime();
            long prev = last.getAndSet(now);
            if (prev != 0) {
                longest.accumulateAndGet(now - prev, Math::max);
            }
        }

        void reset() {
            last.set(System.nanoTime());
            longest.set(0);
        }

        long longestMs() {
            return longest.get() / 1_000_000;
        }
    }
}
