package io.zkmig.sandbox.network;

import io.zkmig.spec.ServerSpec;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The nft script that sets the bridge: one transaction that flushes the output chain and, when the bridge is
 * closed, adds the drops. Rules match the sending socket's cgroup, not its source address: on loopback every
 * ZooKeeper connection leaves from 127.0.0.1 (the servers do not bind their outgoing sockets).
 */
record BridgeRules(String table, String chain, String legacyCgroup, String targetCgroup, int cgroupLevel,
                   List<ServerSpec> legacy, List<ServerSpec> target) {

    static final String CHAIN = "out";

    /** Creates the table and its output chain (no rules: everything passes). */
    String createTable() {
        return "add table inet " + table + "\n"
                + "add chain inet " + table + " " + chain + " { type filter hook output priority 0; policy accept; }\n";
    }

    String deleteTable() {
        return "delete table inet " + table + "\n";
    }

    /** Closed: the target cannot reach any legacy port, the legacy cannot reach the target's quorum/election ports. */
    String bridge(boolean open) {
        StringBuilder s = new StringBuilder("flush chain inet " + table + " " + chain + "\n");
        if (!open) {
            for (ServerSpec l : legacy) {
                s.append(drop(targetCgroup, l, List.of(l.clientPort(), l.quorumPort(), l.electionPort())));
            }
            for (ServerSpec t : target) {
                s.append(drop(legacyCgroup, t, List.of(t.quorumPort(), t.electionPort())));
            }
        }
        return s.toString();
    }

    private String drop(String fromCgroup, ServerSpec to, List<Integer> ports) {
        InetAddress address = resolve(to.host());
        String family = address instanceof Inet6Address ? "ip6" : "ip";
        String portSet = ports.stream().distinct().map(String::valueOf).collect(Collectors.joining(", ", "{ ", " }"));
        return "add rule inet " + table + " " + chain + " socket cgroupv2 level " + cgroupLevel + " \"" + fromCgroup
                + "\" " + family + " daddr " + address.getHostAddress() + " tcp dport " + portSet + " drop\n";
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve server host " + host + " for the sandbox bridge rules", e);
        }
    }
}
