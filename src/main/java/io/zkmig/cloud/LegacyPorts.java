package io.zkmig.cloud;

import io.zkmig.spec.ServerSpec;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The ports the target must reach on the legacy servers: every server's client, quorum and election port. */
final class LegacyPorts {
    private LegacyPorts() {
    }

    /** Port number to its role ("client port", "quorum port", "election port"), lowest first. */
    static Map<Integer, String> of(List<ServerSpec> servers) {
        Map<Integer, String> ports = new TreeMap<>();
        for (ServerSpec s : servers) {
            ports.putIfAbsent(s.clientPort(), "client port");
            ports.putIfAbsent(s.quorumPort(), "quorum port");
            ports.putIfAbsent(s.electionPort(), "election port");
        }
        return ports;
    }
}
