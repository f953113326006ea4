package io.zkmig.runner.split;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.ServerProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.spec.ServerSpec;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One look at the ensemble: the committed configuration (from {@code /zookeeper/config}) and what
 * every known server (legacy and target) says about itself. Decisions are taken on this, never on
 * what the ledger remembers.
 */
public record EnsembleView(EnsembleConfig config, Map<Integer, ServerStatus> statuses) {
    /** Own threads: the common pool has one thread on two cores, and a silent server holds a probe for seconds. */
    private static final java.util.concurrent.ExecutorService PROBES = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "zkmig-probe");
        t.setDaemon(true);
        return t;
    });

    public static EnsembleView of(EnsembleConfig config, Collection<ServerSpec> known) {
        return new EnsembleView(config, probeAll(known));
    }

    /** Probes all servers in parallel (each probe is a few four-letter words). */
    public static Map<Integer, ServerStatus> probeAll(Collection<ServerSpec> known) {
        Map<Integer, CompletableFuture<ServerStatus>> futures = new LinkedHashMap<>();
        for (ServerSpec s : known) {
            futures.put(s.id(), CompletableFuture.supplyAsync(() -> ServerProbe.probe(s.id(), s.host(), s.clientPort()),
                    PROBES));
        }
        Map<Integer, ServerStatus> result = new LinkedHashMap<>();
        futures.forEach((id, f) -> result.put(id, f.join()));
        return result;
    }

    public ServerStatus status(int id) {
        return statuses.get(id);
    }

    /** The server that says it leads and is a voter of the committed configuration. */
    public Optional<Integer> leader() {
        return statuses.values().stream()
                .filter(s -> s.role() == ServerRole.LEADER && config.member(s.id())
                        .map(m -> m.role() == io.zkmig.ensemble.Role.PARTICIPANT).orElse(false))
                .map(ServerStatus::id).findFirst();
    }

    public Optional<ServerStatus> leaderStatus() {
        return leader().map(statuses::get);
    }

    public List<Member> voters() {
        return config.voters();
    }

    public boolean isVoter(int id) {
        return config.voters().stream().anyMatch(m -> m.id() == id);
    }

    /**
     * Whether a server is in sync with the current leader: it leads, or it serves as a follower
     * (voting or not) in the leader's epoch with a zxid at most {@code maxLag} transactions behind.
     * Observers do not count: the leader does not count them toward a new configuration's quorum.
     */
    public boolean isSynced(int id, long maxLag) {
        Optional<ServerStatus> leader = leaderStatus();
        ServerStatus s = statuses.get(id);
        if (leader.isEmpty() || s == null) {
            return false;
        }
        if (s.id() == leader.get().id()) {
            return true;
        }
        if (s.role() != ServerRole.FOLLOWER || s.zxid() == null || leader.get().zxid() == null) {
            return false;
        }
        long leaderZxid = leader.get().zxid();
        return (s.zxid() >>> 32) == (leaderZxid >>> 32) && leaderZxid - s.zxid() <= maxLag;
    }

    /** A short line for operators: {@code 1:follower 2:leader 11:follower(non-voting)}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (ServerStatus s : statuses.values()) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(s.id()).append(':').append(s.role().label());
            Optional<Member> m = config.member(s.id());
            if (s.isServing() && m.isEmpty()) {
                sb.append(s.role() == ServerRole.OBSERVER ? "" : "(non-voting)");
            } else if (m.isPresent() && m.get().role() == io.zkmig.ensemble.Role.OBSERVER) {
                sb.append("(listed observer)");
            }
        }
        return sb + " config v" + config.versionHex();
    }
}
