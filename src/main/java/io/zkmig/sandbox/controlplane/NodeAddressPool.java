package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses loopback addresses for new cluster nodes: consecutive addresses from the first one in its /24,
 * skipping addresses that other clusters hold and addresses where one of the node ports is taken.
 */
final class NodeAddressPool {
    private final ControlPlaneSettings settings;

    NodeAddressPool(ControlPlaneSettings settings) {
        this.settings = settings;
    }

    /** Servers for a new cluster of {@code count} nodes, or empty if the block has no room left. */
    List<ServerSpec> allocate(int count, String zookeeperVersion, List<ServerSpec> taken) {
        Set<String> used = taken.stream().map(ServerSpec::host).collect(Collectors.toSet());
        String[] octets = settings.firstNodeAddress().split("\\.");
        String prefix = octets[0] + "." + octets[1] + "." + octets[2] + ".";
        List<ServerSpec> servers = new ArrayList<>();
        for (int last = Integer.parseInt(octets[3]); last <= 254 && servers.size() < count; last++) {
            String host = prefix + last;
            if (!used.contains(host) && portsFree(host)) {
                servers.add(new ServerSpec(settings.firstMyId() + servers.size(), host, settings.clientPort(),
                        settings.quorumPort(), settings.electionPort(), settings.adminPort(), zookeeperVersion));
            }
        }
        return servers.size() == count ? servers : List.of();
    }

    private boolean portsFree(String host) {
        List<Integer> ports = new ArrayList<>(List.of(settings.clientPort(), settings.quorumPort(), settings.electionPort()));
        if (settings.adminPort() != null) {
            ports.add(settings.adminPort());
        }
        return ports.stream().allMatch(port -> canBind(host, port));
    }

    private static boolean canBind(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
