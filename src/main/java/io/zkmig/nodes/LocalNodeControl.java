package io.zkmig.nodes;

import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.support.CommandLines;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Node control for servers running on this machine, as zkmig's sandbox and the local control plane start
 * them. A server is found by its process (a QuorumPeerMain whose zoo.cfg has its myid and client port); its
 * command line is remembered, so a restart runs exactly the same JVM and options (the super-user digest,
 * the parent watchdog) with the rewritten zoo.cfg.
 */
public final class LocalNodeControl extends ConfigFileNodeControl {
    private static final String MAIN = "org.apache.zookeeper.server.quorum.QuorumPeerMain";
    private static final String PROCESS = "local-process";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    /** How to start the server again: its command line and working folder. */
    public record LocalProcess(List<String> command, String workDir, String configFile) {
    }

    public LocalNodeControl(Path stateDir) {
        super(stateDir);
    }

    @Override
    public String mode() {
        return "local";
    }

    @Override
    protected String configFile(ServerSpec server) {
        return process(server).configFile();
    }

    @Override
    protected Optional<String> read(ServerSpec server, String path) throws IOException {
        Path p = Path.of(path);
        return Files.exists(p) ? Optional.of(Files.readString(p)) : Optional.empty();
    }

    @Override
    protected void write(ServerSpec server, String path, String text) throws IOException {
        Path p = Path.of(path);
        Path tmp = p.resolveSibling(p.getFileName() + ".zkmig-tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    protected void delete(ServerSpec server, String path) throws IOException {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Override
    protected void prepareDataDir(ServerSpec server, String dir) throws IOException {
        Path d = Files.createDirectories(Path.of(dir));
        if (!Files.exists(d.resolve("myid"))) {
            Files.writeString(d.resolve("myid"), server.id() + "\n");
        }
    }

    /**
     * Starts the server's command line again and waits until the new process answers on its client port (it may
     * still be syncing). A process that exits first fails the restart with the reason its log gives.
     */
    @Override
    protected void restartServer(ServerSpec server) throws IOException {
        LocalProcess p = process(server);
        stopServer(server);
        Path workDir = Path.of(p.workDir());
        Process started = new ProcessBuilder(p.command()).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("server.out").toFile())).start();
        if (Files.exists(workDir.resolve("pid"))) {
            Files.writeString(workDir.resolve("pid"), Long.toString(started.pid()));
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (!answers(server)) {
                if (started.waitFor(200, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("target server " + server.id() + " exited at start (exit code "
                            + started.exitValue() + "); see " + workDir.resolve("server.out") + " and its zookeeper.log");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("target server " + server.id() + " started but did not answer on "
                            + server.clientAddress() + " within " + START_TIMEOUT.toSeconds() + " s; see its zookeeper.log in "
                            + workDir);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting server " + server.id(), e);
        }
    }

    /** Any answer to {@code srvr}, "not currently serving" included: the process listens on its client port. */
    private static boolean answers(ServerSpec server) {
        try {
            return !FourLetterWords.send(server.host(), server.clientPort(), "srvr", 1000).isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    protected void stopServer(ServerSpec server) {
        LocalProcess p = process(server);
        running(p.configFile()).ifPresent(h -> {
            h.destroy();
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
                h.onExit().join();
            }
        });
    }

    /**
     * The server's process as it runs now (then remembered: whoever started it last, its command line is the one
     * to run again), or the one remembered from when it last ran.
     */
    LocalProcess process(ServerSpec server) {
        Optional<LocalProcess> known = store().load(server.id(), PROCESS, LocalProcess.class);
        Optional<LocalProcess> live = discover(server);
        if (live.isPresent()) {
            return live.equals(known) ? known.get() : store().save(server.id(), PROCESS, live.get());
        }
        return known.orElseThrow(() -> new IllegalStateException("no local ZooKeeper process "
                + "serves target server " + server.id() + " (" + server.clientAddress() + "): start the target "
                + "cluster first (zkmig sandbox up --target, or the local control plane)"));
    }

    private static Optional<LocalProcess> discover(ServerSpec server) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).map(h -> asServer(h, server))
                .flatMap(Optional::stream).findFirst();
    }

    private static Optional<LocalProcess> asServer(ProcessHandle h, ServerSpec server) {
        Optional<List<String>> cmd = CommandLines.of(h);
        if (cmd.isEmpty() || !cmd.get().contains(MAIN)) {
            return Optional.empty();
        }
        String cfgPath = cmd.get().get(cmd.get().size() - 1);
        try {
            ZooCfg file = ZooCfg.parse(Files.readString(Path.of(cfgPath)));
            String dynamic = file.get("dynamicConfigFile").map(f -> readQuietly(resolve(cfgPath, f))).orElse("");
            ZooCfg cfg = ZooCfg.parse(file.render() + dynamic);
            String myid = readQuietly(cfg.get("dataDir").orElse("") + "/myid").trim();
            int clientPort = cfg.get("clientPort").map(Integer::parseInt).orElseGet(() -> cfg.members().stream()
                    .filter(m -> m.id() == server.id()).mapToInt(m -> m.clientPort()).findFirst().orElse(-1));
            Optional<String> ownHost = cfg.get("clientPortAddress").or(() -> cfg.members().stream()
                    .filter(m -> m.id() == server.id()).map(m -> m.host()).findFirst());
            if (!myid.equals(Integer.toString(server.id())) || clientPort != server.clientPort()
                    || ownHost.filter(a -> !a.equals(server.host())).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new LocalProcess(cmd.get(), workDir(h, cfgPath), cfgPath));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String workDir(ProcessHandle h, String cfgPath) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(h.pid()), "cwd")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            Path conf = Path.of(cfgPath).getParent();
            return (conf.getParent() == null ? conf : conf.getParent()).toString();
        }
    }

    /** The running process of this configuration file, if any. */
    private static Optional<ProcessHandle> running(String cfgPath) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(h -> CommandLines.of(h).map(a -> a.get(a.size() - 1).equals(cfgPath) && a.contains(MAIN))
                        .orElse(false))
                .findFirst();
    }

    private static String readQuietly(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            return "";
        } catch (UncheckedIOException e) {
            return "";
        }
    }
}
