package io.zkmig.runner.probe;

import io.zkmig.ensemble.ZkConnections;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.leader.LeaderLatchListener;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.CreateMode;

/**
 * A leader-election group like an HA service's masters: N Curator clients, each with a LeaderLatch
 * (default error policy: SUSPENDED loses leadership) and an ephemeral member node it owns. Counts
 * leadership changes, the most leaders seen at once, and sessions lost.
 */
final class LatchGroup implements AutoCloseable {
    private final List<CuratorFramework> clients = new ArrayList<>();
    private final List<LeaderLatch> latches = new ArrayList<>();
    private final AtomicInteger leaders = new AtomicInteger();
    private final AtomicInteger maxLeaders = new AtomicInteger();
    private final AtomicInteger leadershipChanges = new AtomicInteger();
    private final AtomicInteger sessionsLost = new AtomicInteger();
    private volatile boolean firstLeaderSeen;

    LatchGroup(String connectString, boolean ensembleTracker, String latchPath, String membersPath, int size)
            throws Exception {
        for (int i = 0; i < size; i++) {
            CuratorFramework client = CuratorFrameworkFactory.builder().connectString(connectString)
                    .ensembleTracker(ensembleTracker)
                    .sessionTimeoutMs((int) ZkConnections.SESSION_TIMEOUT.toMillis()).connectionTimeoutMs(10_000)
                    .retryPolicy(new ExponentialBackoffRetry(100, 20, 1000)).build();
            client.getConnectionStateListenable().addListener((c, state) -> {
                if (state == ConnectionState.LOST) {
                    sessionsLost.incrementAndGet();
                }
            });
            client.start();
            clients.add(client);
            client.create().orSetData().creatingParentsIfNeeded().withMode(CreateMode.EPHEMERAL)
                    .forPath(membersPath + "/member-" + i, ("member-" + i).getBytes());
            LeaderLatch latch = new LeaderLatch(client, latchPath, "member-" + i);
            latch.addListener(new LeaderLatchListener() {
                @Override
                public void isLeader() {
                    int now = leaders.incrementAndGet();
                    maxLeaders.accumulateAndGet(now, Math::max);
                    if (firstLeaderSeen) {
                        leadershipChanges.incrementAndGet();
                    }
                    firstLeaderSeen = true;
                }

                @Override
                public void notLeader() {
                    leaders.decrementAndGet();
                }
            });
            latch.start();
            latches.add(latch);
        }
    }

    List<CuratorFramework> clients() {
        return clients;
    }

    int leaders() {
        return leaders.get();
    }

    int maxLeaders() {
        return maxLeaders.get();
    }

    int leadershipChanges() {
        return leadershipChanges.get();
    }

    int sessionsLost() {
        return sessionsLost.get();
    }

    @Override
    public void close() {
        for (LeaderLatch latch : latches) {
            try {
                latch.close();
            } catch (IOException | IllegalStateException ignored) {
                // closing anyway
            }
        }
        clients.forEach(CuratorFramework::close);
    }
}
