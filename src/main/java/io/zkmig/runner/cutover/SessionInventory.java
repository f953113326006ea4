package io.zkmig.runner.cutover;

import io.zkmig.ensemble.ZkConnections;
import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.zookeeper.admin.ZooKeeperAdmin;

/**
 * Every live client session, on which side it sits (from each server's {@code cons}) and which sessions hold
 * leader latches (the ephemeral sequential nodes under the client groups' {@code latchPaths}, by their
 * {@code ephemeralOwner}). Sessions are attributed to client groups by client address: a client's own host
 * address must be in the group's {@code addresses}; two groups on one host cannot be told apart.
 */
public record SessionInventory(List<Session> sessions, List<ClientSessions.LatchHolder> latchHolders) {

    public enum Side { LEGACY, TARGET }

    /** One session on one server, attributed to a client group (or none). */
    public record Session(Side side, int serverId, String clientAddress, String sessionId, String group) {
        public String clientHost() {
            int colon = clientAddress.lastIndexOf(':');
            return colon > 0 ? clientAddress.substring(0, colon) : clientAddress;
        }
    }

    /** Reads cons from every server of both sides, and the latch nodes through one legacy session of its own. */
    public static SessionInventory gather(MigrationSpec spec, String superPassword) throws Exception {
        ZooKeeperAdmin zk = ZkConnections.admin(ConnectString.of(spec.legacy().servers()), superPassword, Duration.ofSeconds(20));
        try {
            long own = zk.getSessionId();
            List<ClientSessions.Connection> all = new ArrayList<>();
            all.addAll(ClientSessions.connections(spec.legacy().servers()));
            all.addAll(ClientSessions.connections(spec.target().servers()));
            all.removeIf(c -> c.sessionId() == own);
            Set<Integer> targetIds = spec.target().servers().stream().map(ServerSpec::id).collect(Collectors.toSet());
            List<Session> sessions = all.stream().map(c -> new Session(targetIds.contains(c.serverId()) ? Side.TARGET : Side.LEGACY,
                    c.serverId(), c.clientAddress(), c.sessionHex(),
                    ClientSessions.groupOf(c.clientHost(), spec.clients()).map(g -> g.name()).orElse(null))).toList();
            return new SessionInventory(sessions, ClientSessions.latchHolders(zk, spec.clients(), all));
        } finally {
            ZkConnections.closeQuietly(zk);
        }
    }

    public List<Session> ofGroup(String group) {
        return sessions.stream().filter(s -> group.equals(s.group())).toList();
    }

    public List<Session> unattributed() {
        return sessions.stream().filter(s -> s.group() == null).toList();
    }

    public long count(String group, Side side) {
        return ofGroup(group).stream().filter(s -> s.side() == side).count();
    }

    public long count(Side side) {
        return sessions.stream().filter(s -> s.side() == side).count();
    }
}
