package io.zkmig.sandbox;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerConfig;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.ZooKeeperVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.zookeeper.server.auth.DigestAuthenticationProvider;

/**
 * A set of real ZooKeeper server processes started together: a legacy ensemble, or a target cluster
 * running on its own. Servers started later against it (observers, joiners) are {@link LocalServer}s
 * built with {@link #serverFor}. Closing stops every process it started.
 *
 * <pre>
 * try (LocalEnsemble legacy = LocalEnsemble.builder("legacy", "3.8.4").servers(3).reconfigEnabled(true).start()) {
 *     legacy.connectString();
 * }
 * </pre>
 */
public final class LocalEnsemble implements AutoCloseable {
    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final String name;
    private final List<ServerSpec> specs;
    private final List<LocalServer> servers;
    private final Options options;

    /** How the servers run: their folder, reconfig, super user, whether they outlive this JVM. */
    public record Options(Path baseDir, boolean reconfigEnabled, String superPassword, boolean detached,
                          int tickTimeMs) {
        public String superDigest() {
            try {
                return superPassword == null ? null : DigestAuthenticationProvider.generateDigest("super:" + superPassword);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private LocalEnsemble(String name, List<ServerSpec> specs, Options options) {
        this.name = name;
        this.specs = List.copyOf(specs);
        this.options = options;
        this.servers = new ArrayList<>();
        List<Member> members = specs.stream().map(s -> Member.of(s, Role.PARTICIPANT)).toList();
        for (ServerSpec s : specs) {
            servers.add(serverFor(name, s, members, options));
        }
    }

    /** An ensemble of the given servers (e.g. from a spec), not yet started. */
    public static LocalEnsemble of(String name, List<ServerSpec> specs, Options options) {
        return new LocalEnsemble(name, specs, options);
    }

    public static Builder builder(String name, String version) {
        return new Builder(name, version);
    }

    /** A server process for {@code self} that believes in {@code members} (which must include it). */
    public static LocalServer serverFor(String ensembleName, ServerSpec self, List<Member> members, Options options) {
        Path dir = options.baseDir().resolve(ensembleName + "-" + self.id());
        ServerConfig config = new ServerConfig(self.id(), ZooKeeperVersion.parse(self.version()), dir.resolve("data"),
                self.host(), self.clientPort(), self.adminPort(), options.reconfigEnabled(), members, options.tickTimeMs());
        return new LocalServer(ensembleName + "-" + self.id(), dir, config, options.detached(), options.superDigest());
    }

    /** Starts every server at once (a quorum needs a majority up) and waits until all serve. */
    public LocalEnsemble start() {
        try {
            servers.forEach(LocalServer::start);
            CompletableFuture.allOf(servers.stream()
                    .map(s -> CompletableFuture.runAsync(() -> s.awaitServing(START_TIMEOUT)))
                    .toArray(CompletableFuture[]::new)).join();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Starts every server's process (one that runs already is adopted), then waits for each to serve, and returns
     * why each one that does not serve doesn't (its log's last error); none is stopped. For servers that ran
     * before: each comes back with the configuration its folder holds, and none can serve before the others of
     * its ensemble run.
     */
    public static Map<LocalServer, String> startEach(List<LocalServer> servers) {
        servers.forEach(LocalServer::start);
        Map<LocalServer, CompletableFuture<String>> waits = new LinkedHashMap<>();
        for (LocalServer s : servers) {
            waits.put(s, CompletableFuture.supplyAsync(() -> {
                try {
                    s.awaitServing(START_TIMEOUT);
                    return null;
                } catch (IllegalStateException e) {
                    return s.failure().orElse("up, not serving within " + START_TIMEOUT.toSeconds() + " s");
                }
            }));
        }
        Map<LocalServer, String> problems = new LinkedHashMap<>();
        waits.forEach((s, w) -> {
            String problem = w.join();
            if (problem != null) {
                problems.put(s, problem);
            }
        });
        return problems;
    }

    public List<LocalServer> servers() {
        return List.copyOf(servers);
    }

    public LocalServer server(int id) {
        return servers.stream().filter(s -> s.config().myId() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no server " + id + " in " + name));
    }

    public List<ServerSpec> specs() {
        return specs;
    }

    public String connectString() {
        return ConnectString.of(specs);
    }

    public Options options() {
        return options;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        servers.parallelStream().forEach(LocalServer::stop);
    }

    /** Chooses addresses and free ports for a fresh ensemble. */
    public static final class Builder {
        private final String name;
        private final String version;
        private int count = 3;
        private int firstId = 1;
        private int addressBlock = 1;
        private boolean reconfigEnabled = true;
        private boolean adminServer = true;
        private String superPassword;
        private Path baseDir;
        private boolean detached;
        private int tickTimeMs = 2000;

        private Builder(String name, String version) {
            this.name = name;
            this.version = version;
        }

        public Builder servers(int n) {
            this.count = n;
            return this;
        }

        /** myids are firstId, firstId+1, ... (targets sit above legacy ids, e.g. 11). */
        public Builder firstId(int id) {
            this.firstId = id;
            return this;
        }

        /** Third octet of the servers' loopback addresses: 1 for legacy, 2 for target by convention. */
        public Builder addressBlock(int block) {
            this.addressBlock = block;
            return this;
        }

        public Builder reconfigEnabled(boolean enabled) {
            this.reconfigEnabled = enabled;
            return this;
        }

        public Builder adminServer(boolean enabled) {
            this.adminServer = enabled;
            return this;
        }

        public Builder superPassword(String password) {
            this.superPassword = password;
            return this;
        }

        public Builder baseDir(Path dir) {
            this.baseDir = dir;
            return this;
        }

        public Builder detached(boolean value) {
            this.detached = value;
            return this;
        }

        public Builder tickTimeMs(int ms) {
            this.tickTimeMs = ms;
            return this;
        }

        public List<ServerSpec> allocate() {
            List<ServerSpec> specs = new ArrayList<>();
            boolean admin = adminServer && ZooKeeperVersion.parse(version).hasAdminServer();
            for (int i = 0; i < count; i++) {
                String host = LoopbackAddresses.nextHost(addressBlock);
                int[] ports = LoopbackAddresses.freePorts(host, 4);
                specs.add(new ServerSpec(firstId + i, host, ports[0], ports[1], ports[2], admin ? ports[3] : null, version));
            }
            return specs;
        }

        public Options options() {
            try {
                Path dir = baseDir != null ? baseDir : Files.createTempDirectory("zkmig-" + name);
                return new Options(dir, reconfigEnabled, superPassword, detached, tickTimeMs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public LocalEnsemble build() {
            return new LocalEnsemble(name, allocate(), options());
        }

        public LocalEnsemble start() {
            return build().start();
        }
    }
}
