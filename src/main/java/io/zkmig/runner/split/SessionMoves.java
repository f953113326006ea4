package io.zkmig.runner.split;

import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.ClientGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each session that sat on a server handing over went, for the split report; and, for the sessions
 * still on those servers afterwards, what happens to them when those servers stop, which depends on how
 * their clients find servers (the group's {@code connection}).
 *
 * <p>Sharp edge (measured, Curator 5.9): EnsembleTracker only hands a new connection string to the ZooKeeper
 * handle at the client's next connection event, and the leader change's disconnect comes before the final
 * configuration reaches the client; so a client that follows /zookeeper/config may reconnect to a server that
 * has just left and stay there (the server keeps serving as a non-voting follower) with a connection string that
 * no longer names it: it moves when that server stops. A client with a fixed connect string still names those
 * servers: when they stop it has nowhere to go, unless it is restarted with the new servers first.
 */
final class SessionMoves {
    private SessionMoves() {
    }

    /**
     * @param before    connections on the servers handing over, before
     * @param after     connections on every server of both sides, after
     * @param fromIds   the servers handing over (they left the configuration)
     * @param toServers the connect string of the servers now in the configuration
     */
    static List<String> lines(List<ClientSessions.Connection> before, List<ClientSessions.Connection> after,
                              List<ClientGroup> groups, Set<Integer> fromIds, String toServers) {
        Map<Long, ClientSessions.Connection> now = new HashMap<>();
        after.forEach(c -> now.put(c.sessionId(), c));
        Map<String, int[]> byRoute = new LinkedHashMap<>();
        for (ClientSessions.Connection c : before) {
            String who = ClientSessions.groupOf(c.clientHost(), groups).map(g -> "group " + g.name())
                    .orElse("client " + c.clientHost());
            ClientSessions.Connection n = now.get(c.sessionId());
            String where = n == null ? "gone (closed, or on a server that did not answer)"
                    : (fromIds.contains(n.serverId()) ? "still on server " + n.serverId() : "now on server " + n.serverId());
            byRoute.computeIfAbsent(who + ": server " + c.serverId() + " -> " + where, k -> new int[1])[0]++;
        }
        List<String> lines = new ArrayList<>();
        byRoute.forEach((k, v) -> lines.add(v[0] + " session" + (v[0] == 1 ? "" : "s") + ", " + k));

        Map<Optional<ClientGroup.Connection>, List<String>> left = new LinkedHashMap<>();
        Map<Optional<ClientGroup.Connection>, Set<String>> names = new HashMap<>();
        for (ClientSessions.Connection c : after) {
            if (!fromIds.contains(c.serverId())) {
                continue;
            }
            Optional<ClientGroup> g = ClientSessions.groupOf(c.clientHost(), groups);
            Optional<ClientGroup.Connection> kind = g.map(ClientGroup::connection);
            left.computeIfAbsent(kind, k -> new ArrayList<>()).add(c.clientAddress());
            names.computeIfAbsent(kind, k -> new TreeSet<>()).add(g.map(ClientGroup::name).orElse(c.clientHost()));
        }
        String servers = "servers " + new TreeSet<>(fromIds);
        String still = ", which left the configuration but keep serving as non-voting followers: ";
        left.forEach((kind, sessions) -> {
            String n = sessions.size() + " session" + (sessions.size() == 1 ? "" : "s");
            String who = String.join(", ", names.get(kind));
            if (kind.isEmpty()) {
                lines.add(n + " of clients in no client group of the spec (" + who + ") still connected to " + servers + still
                        + "zkmig cannot tell how they find servers; those that follow /zookeeper/config move when those"
                        + " servers stop, those with a fixed connect string lose the ensemble then unless restarted with "
                        + toServers + " first");
            } else if (kind.get() == ClientGroup.Connection.FIXED) {
                lines.add(n + " of groups with a fixed connect string (" + who + ") still connected to " + servers + still
                        + "their connect string still names those servers, so they lose the ensemble when those servers"
                        + " stop unless restarted with " + toServers + " first");
            } else {
                lines.add(n + " of groups that follow /zookeeper/config (" + who + ") still connected to " + servers + still
                        + "their connection strings no longer name those servers, so they move when those servers stop"
                        + " (a ~1 s disconnect for each; a leader-latch holder among them loses leadership then)");
            }
        });
        return lines;
    }
}
