package io.zkmig.runner.sessions;

import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;

/**
 * Which client sessions sit on which server ({@code cons}), and which sessions hold leader-election
 * latches: the children of each client group's {@code latchPaths} are ephemeral nodes whose
 * {@code ephemeralOwner} is the holder's session id (Curator LeaderLatch {@code _c_<uuid>-latch-<seq>},
 * LeaderSelector {@code ...-lock-<seq>}, Spark's master election); the lowest sequence number leads.
 */
public final class ClientSessions {
    private static final Pattern CONS_LINE = Pattern.compile("^\\s*/([^\\[]+)\\[\\d+\\]\\((.*)\\)\\s*$");
    private static final Pattern SEQUENCE = Pattern.compile("(\\d{10})$");

    private ClientSessions() {
    }

    /** One client connection as {@code cons} lists it. */
    public record Connection(int serverId, String clientAddress, long sessionId) {
        public String clientHost() {
            int colon = clientAddress.lastIndexOf(':');
            return colon > 0 ? clientAddress.substring(0, colon) : clientAddress;
        }

        public String sessionHex() {
            return "0x" + Long.toHexString(sessionId);
        }
    }

    /** A session holding (or queued on) a leader latch. */
    public record LatchHolder(String group, String latchPath, String node, long sessionId, boolean leads,
                              Integer serverId, String clientAddress) {
        public String sessionHex() {
            return "0x" + Long.toHexString(sessionId);
        }
    }

    /** Connections on every reachable server (unreachable ones are skipped). */
    public static List<Connection> connections(Collection<ServerSpec> servers) {
        List<Connection> all = new ArrayList<>();
        for (ServerSpec s : servers) {
            try {
                all.addAll(parseCons(s.id(), FourLetterWords.send(s.host(), s.clientPort(), "cons")));
            } catch (IOException e) {
                // a server that does not answer has no connections to report
            }
        }
        return all;
    }

    public static List<Connection> parseCons(int serverId, String output) {
        List<Connection> list = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = CONS_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            for (String kv : m.group(2).split(",")) {
                if (kv.startsWith("sid=")) {
                    long sid = Long.parseUnsignedLong(kv.substring(6), 16);
                    if (sid != 0) {
                        list.add(new Connection(serverId, m.group(1), sid));
                    }
                }
            }
        }
        return list;
    }

    /** Every latch participant of every client group, with the server its session sits on. */
    public static List<LatchHolder> latchHolders(ZooKeeper zk, List<ClientGroup> groups, List<Connection> connections)
            throws InterruptedException {
        Map<Long, Connection> bySession = new HashMap<>();
        connections.forEach(c -> bySession.put(c.sessionId(), c));
        List<LatchHolder> holders = new ArrayList<>();
        for (ClientGroup g : groups) {
            for (String path : g.latchPaths()) {
                List<String> children;
                try {
                    children = new ArrayList<>(zk.getChildren(path, false));
                } catch (KeeperException e) {
                    continue;
                }
                children.sort(Comparator.comparing(ClientSessions::sequence));
                boolean first = true;
                for (String child : children) {
                    Stat stat;
                    try {
                        stat = zk.exists(path + "/" + child, false);
                    } catch (KeeperException e) {
                        continue;
                    }
                    if (stat == null || stat.getEphemeralOwner() == 0) {
                        continue;
                    }
                    Optional<Connection> c = Optional.ofNullable(bySession.get(stat.getEphemeralOwner()));
                    holders.add(new LatchHolder(g.name(), path, child, stat.getEphemeralOwner(), first,
                            c.map(Connection::serverId).orElse(null), c.map(Connection::clientAddress).orElse(null)));
                    first = false;
                }
            }
        }
        return holders;
    }

    private static String sequence(String child) {
        Matcher m = SEQUENCE.matcher(child);
        return m.find() ? m.group(1) : child;
    }

    /** The client group whose addresses contain this client host, if any. */
    public static Optional<ClientGroup> groupOf(String clientHost, List<ClientGroup> groups) {
        for (ClientGroup g : groups) {
            for (String a : g.addresses()) {
                if (matches(clientHost, a)) {
                    return Optional.of(g);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String host, String addressOrCidr) {
        if (!addressOrCidr.contains("/")) {
            return addressOrCidr.equals(host);
        }
        try {
            return io.zkmig.spec.Cidr.parse(addressOrCidr).contains(host);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
