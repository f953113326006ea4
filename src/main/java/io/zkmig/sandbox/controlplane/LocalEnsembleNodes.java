package io.zkmig.sandbox.controlplane;

import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Cluster nodes as real ZooKeeper server processes through the sandbox's {@link LocalEnsemble}: each
 * cluster's servers live under {@code <nodes dir>/<cluster id>/}, whose data survives a restart of the
 * control plane. The processes are attached: they stop with this JVM (its watchdog sees to a crash too).
 */
final class LocalEnsembleNodes implements ClusterNodes {
    private final Path nodesDir;
    private final boolean reconfigEnabled;
    private final Map<String, LocalEnsemble> running = new ConcurrentHashMap<>();

    LocalEnsembleNodes(Path nodesDir, boolean reconfigEnabled) {
        this.nodesDir = nodesDir;
        this.reconfigEnabled = reconfigEnabled;
    }

    @Override
    public void start(String clusterId, List<ServerSpec> servers) {
        if (servers.isEmpty()) {
            throw new IllegalStateException("cluster " + clusterId + " has no servers");
        }
        stopProcesses(clusterId);
        LocalEnsemble ensemble = LocalEnsemble.of("node", servers, options(clusterId));
        running.put(clusterId, ensemble);
        try {
            ensemble.start();
        } catch (RuntimeException e) {
            running.remove(clusterId);
            throw e;
        }
    }

    @Override
    public List<String> resume(String clusterId, List<ServerSpec> servers) {
        stopProcesses(clusterId);
        LocalEnsemble ensemble = LocalEnsemble.of("node", servers, options(clusterId));
        running.put(clusterId, ensemble);
        return LocalEnsemble.startEach(ensemble.servers()).entrySet().stream()
                .map(e -> e.getKey().name() + " (" + e.getKey().clientAddress() + "): " + e.getValue()).toList();
    }

    private LocalEnsemble.Options options(String clusterId) {
        return new LocalEnsemble.Options(clusterDir(clusterId), reconfigEnabled, null, false, 2000);
    }

    @Override
    public void stop(String clusterId) {
        stopProcesses(clusterId);
        deleteRecursively(clusterDir(clusterId));
    }

    @Override
    public boolean isRunning(String clusterId) {
        LocalEnsemble ensemble = running.get(clusterId);
        return ensemble != null && ensemble.servers().stream().anyMatch(s -> s.isAlive());
    }

    @Override
    public void close() {
        running.keySet().forEach(this::stopProcesses);
    }

    private void stopProcesses(String clusterId) {
        LocalEnsemble ensemble = running.remove(clusterId);
        if (ensemble != null) {
            ensemble.close();
        }
    }

    private Path clusterDir(String clusterId) {
        return nodesDir.resolve(clusterId);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
