package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.InstaclustrCatalog;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * How a control plane runs: where it listens, where it keeps state, who may call it, and how the
 * servers of the clusters it provisions are laid out on loopback (consecutive addresses from
 * {@code firstNodeAddress}, the same ports on each, myids from {@code firstMyId}), and the AWS emulator in which it
 * requests its VPC peerings ({@code awsEmulator}; null: there is no AWS, a peering stays pending-acceptance).
 */
public record ControlPlaneSettings(String bindAddress, int port, Path stateDir, ApiCredentials credentials,
                                   String firstNodeAddress, int clientPort, int quorumPort, int electionPort,
                                   Integer adminPort, int firstMyId, List<String> zookeeperVersions,
                                   boolean reconfigEnabled, URI awsEmulator) {
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 18090;
    public static final String DEFAULT_FIRST_NODE_ADDRESS = "127.0.2.1";

    public ControlPlaneSettings {
        if (!bindAddress.startsWith("127.")) {
            throw new IllegalArgumentException("the control plane listens on loopback only (127.0.0.0/8), not " + bindAddress);
        }
        if (!firstNodeAddress.startsWith("127.")) {
            throw new IllegalArgumentException("cluster nodes run on loopback only (127.0.0.0/8), not " + firstNodeAddress);
        }
        if (awsEmulator != null && !isLoopback(awsEmulator.getHost())) {
            throw new IllegalArgumentException("the AWS emulator must be on loopback, not " + awsEmulator);
        }
        zookeeperVersions = List.copyOf(zookeeperVersions);
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.startsWith("127.") || host.equals("localhost"));
    }

    /** Without an AWS emulator. */
    public ControlPlaneSettings(String bindAddress, int port, Path stateDir, ApiCredentials credentials,
                                String firstNodeAddress, int clientPort, int quorumPort, int electionPort,
                                Integer adminPort, int firstMyId, List<String> zookeeperVersions,
                                boolean reconfigEnabled) {
        this(bindAddress, port, stateDir, credentials, firstNodeAddress, clientPort, quorumPort, electionPort, adminPort,
                firstMyId, zookeeperVersions, reconfigEnabled, null);
    }

    /** Defaults for a control plane keeping its state in {@code stateDir}: Instaclustr's ports, managed versions. */
    public static ControlPlaneSettings defaults(Path stateDir, ApiCredentials credentials) {
        return new ControlPlaneSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, stateDir, credentials,
                DEFAULT_FIRST_NODE_ADDRESS, 2181, 2888, 3888, 8080, 1, InstaclustrCatalog.ZOOKEEPER_VERSIONS, false);
    }

    public ControlPlaneSettings withPort(int newPort) {
        return new ControlPlaneSettings(bindAddress, newPort, stateDir, credentials, firstNodeAddress, clientPort,
                quorumPort, electionPort, adminPort, firstMyId, zookeeperVersions, reconfigEnabled, awsEmulator);
    }

    public ControlPlaneSettings withNodeLayout(String newFirstNodeAddress, int newClientPort, int newQuorumPort,
                                               int newElectionPort, Integer newAdminPort, int newFirstMyId) {
        return new ControlPlaneSettings(bindAddress, port, stateDir, credentials, newFirstNodeAddress, newClientPort,
                newQuorumPort, newElectionPort, newAdminPort, newFirstMyId, zookeeperVersions, reconfigEnabled, awsEmulator);
    }

    public ControlPlaneSettings withZookeeperVersions(List<String> versions) {
        return new ControlPlaneSettings(bindAddress, port, stateDir, credentials, firstNodeAddress, clientPort,
                quorumPort, electionPort, adminPort, firstMyId, versions, reconfigEnabled, awsEmulator);
    }

    public ControlPlaneSettings withReconfigEnabled(boolean enabled) {
        return new ControlPlaneSettings(bindAddress, port, stateDir, credentials, firstNodeAddress, clientPort,
                quorumPort, electionPort, adminPort, firstMyId, zookeeperVersions, enabled, awsEmulator);
    }

    /** Peerings requested in the AWS emulator at {@code endpoint} (the Instaclustr account's side of them). */
    public ControlPlaneSettings withAwsEmulator(URI endpoint) {
        return new ControlPlaneSettings(bindAddress, port, stateDir, credentials, firstNodeAddress, clientPort,
                quorumPort, electionPort, adminPort, firstMyId, zookeeperVersions, reconfigEnabled, endpoint);
    }
}
