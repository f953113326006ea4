package io.zkmig.runner.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Stat;

/**
 * Reads znodes through one session with ZooKeeper's asynchronous API, a bounded number of requests in flight:
 * the whole tree (breadth first), or only given paths. A znode that vanishes while read is simply absent.
 * {@code /zookeeper/config} is left out (it is the ensemble's membership, which the sides may state differently).
 */
final class TreeReader {
    static final String CONFIG_NODE = "/zookeeper/config";
    private static final int IN_FLIGHT = 600;
    private static final long TIMEOUT_MS = TimeUnit.MINUTES.toMillis(30);

    private final ZooKeeper zk;
    private final boolean recurse;
    private final Semaphore window = new Semaphore(IN_FLIGHT);
    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Map<String, NodeRecord> records = new ConcurrentHashMap<>();
    private final List<String> paths = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<KeeperException> failure = new AtomicReference<>();
    private final boolean pathsOnly;

    private TreeReader(ZooKeeper zk, boolean recurse, boolean pathsOnly) {
        this.zk = zk;
        this.recurse = recurse;
        this.pathsOnly = pathsOnly;
    }

    /** Every znode of the tree. */
    static Map<String, NodeRecord> readTree(ZooKeeper zk) throws KeeperException, InterruptedException {
        return new TreeReader(zk, true, false).run(List.of("/")).records;
    }

    /** These znodes only (absent ones are missing from the map). */
    static Map<String, NodeRecord> read(ZooKeeper zk, Collection<String> paths) throws KeeperException, InterruptedException {
        return new TreeReader(zk, false, false).run(paths).records;
    }

    /** Every path of the tree, children lists only (for sampling). */
    static List<String> listPaths(ZooKeeper zk) throws KeeperException, InterruptedException {
        return List.copyOf(new TreeReader(zk, true, true).run(List.of("/")).paths);
    }

    private TreeReader run(Collection<String> start) throws KeeperException, InterruptedException {
        for (String p : start) {
            if (!p.equals(CONFIG_NODE)) {
                pending.incrementAndGet();
                queue.add(p);
            }
        }
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (pending.get() > 0) {
            if (failure.get() != null) {
                throw failure.get();
            }
            String path = queue.poll(50, TimeUnit.MILLISECONDS);
            if (path != null) {
                window.acquire();
                submit(path);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("reading the tree took longer than " + TIMEOUT_MS / 60000 + " min");
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return this;
    }

    private void submit(String path) {
        if (pathsOnly) {
            paths.add(path);
            zk.getChildren(path, false, (rc, p, ctx, children) -> {
                if (rc == KeeperException.Code.OK.intValue()) {
                    enqueueChildren(p, children);
                } else if (rc != KeeperException.Code.NONODE.intValue() && rc != KeeperException.Code.NOAUTH.intValue()) {
                    failure.compareAndSet(null, KeeperException.create(KeeperException.Code.get(rc), p));
                }
                done();
            }, null);
            return;
        }
        Parts parts = new Parts(path);
        zk.getData(path, false, (rc, p, ctx, data, stat) -> {
            if (rc == KeeperException.Code.NOAUTH.intValue()) {
                parts.unreadable = true;
                zk.exists(path, false, (rc2, p2, ctx2, stat2) -> parts.stat(rc2, null, stat2), null);
                return;
            }
            parts.stat(rc, data, stat);
        }, null);
        zk.getACL(path, new Stat(), (rc, p, ctx, acl, stat) -> parts.acl(rc, acl), null);
        zk.getChildren(path, false, (rc, p, ctx, children) -> parts.children(rc, children), null);
    }

    private void enqueueChildren(String parent, List<String> children) {
        if (!recurse) {
            return;
        }
        for (String c : children) {
            String child = parent.equals("/") ? "/" + c : parent + "/" + c;
            if (!child.equals(CONFIG_NODE)) {
                pending.incrementAndGet();
                queue.add(child);
            }
        }
    }

    private void done() {
        window.release();
        pending.decrementAndGet();
    }

    /** The three answers about one znode, combined when all have come. */
    private final class Parts {
        private final String path;
        private final AtomicInteger waiting = new AtomicInteger(3);
        private volatile boolean unreadable;
        private volatile boolean absent;
        private volatile byte[] data;
        private volatile Stat stat;
        private volatile List<ACL> acl;
        private volatile List<String> children = List.of();

        Parts(String path) {
            this.path = path;
        }

        void stat(int rc, byte[] d, Stat s) {
            if (rc == KeeperException.Code.OK.intValue()) {
                data = d;
                stat = s;
            } else {
                check(rc);
            }
            arrived();
        }

        void acl(int rc, List<ACL> a) {
            if (rc == KeeperException.Code.OK.intValue()) {
                acl = a;
            } else if (rc != KeeperException.Code.NOAUTH.intValue()) {
                check(rc);
            }
            arrived();
        }

        void children(int rc, List<String> c) {
            if (rc == KeeperException.Code.OK.intValue()) {
                children = c;
            } else if (rc != KeeperException.Code.NOAUTH.intValue()) {
                check(rc);
            }
            arrived();
        }

        private void check(int rc) {
            if (rc == KeeperException.Code.NONODE.intValue()) {
                absent = true;
            } else {
                failure.compareAndSet(null, KeeperException.create(KeeperException.Code.get(rc), path));
            }
        }

        private void arrived() {
            if (waiting.decrementAndGet() > 0) {
                return;
            }
            if (!absent && stat != null) {
                records.put(path, NodeRecord.of(path, unreadable ? null : data, unreadable ? null : acl, stat, unreadable));
                enqueueChildren(path, children);
            }
            done();
        }
    }
}
