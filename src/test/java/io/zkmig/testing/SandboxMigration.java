package io.zkmig.testing;

import io.zkmig.ensemble.ZkConnections;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.sandbox.Sandbox;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.SpecLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.zookeeper.admin.ZooKeeperAdmin;

/**
 * A migration whose servers are the spec's sandbox servers, as {@code zkmig sandbox up --target} runs them
 * ({@code <state dir>/sandbox}): a legacy ensemble on 127.0.1.x, a 3.9.3 target on 127.0.2.x (myids 11-13), and
 * two client groups, {@code orders-api} (fixed connect string) and {@code scheduler} (follows the configuration).
 * The servers are attached to the test JVM (they die with it); everything else is what the CLI does. Closing stops
 * every server of the spec, by pid file, whoever started it last (the sandbox or node control).
 */
public final class SandboxMigration implements AutoCloseable {
    public static final String SUPER_PASSWORD = "reboot-super-secret";

    public final Path specFile;
    public final MigrationSpec spec;
    private final Sandbox sandbox;

    private SandboxMigration(Path specFile) throws Exception {
        this.specFile = specFile;
        this.spec = SpecLoader.load(specFile);
        this.sandbox = new Sandbox(spec, false, Map.of());
    }

    /** Allocates the servers, writes the spec and starts every server for the first time. */
    public static SandboxMigration start(Path dir, String legacyVersion) throws Exception {
        List<ServerSpec> legacy = LocalEnsemble.builder("legacy", legacyVersion).servers(3).addressBlock(1).allocate();
        List<ServerSpec> target = LocalEnsemble.builder("target", "3.9.3").servers(3).firstId(11).addressBlock(2).allocate();
        Path file = SpecFixture.of(legacy, target).name("reboot").superPassword(SUPER_PASSWORD)
                .client("orders-api", ClientGroup.Connection.FIXED, List.of("127.0.3.1"), List.of())
                .client("scheduler", ClientGroup.Connection.FOLLOWS_CONFIG, List.of("127.0.3.2"), List.of("/scheduler/leader"))
                .write(dir);
        SandboxMigration m = new SandboxMigration(file);
        try {
            List<Sandbox.Started> first = m.up();
            first.stream().filter(s -> !s.serving()).findFirst().ifPresent(s -> {
                throw new IllegalStateException(s.server() + " did not serve at its first start: " + s.problem());
            });
            // what the operator runs once the target is provisioned: the lifecycle lets observe run only then
            Cli provisioned = m.zkmig("provisioned");
            if (provisioned.exitCode() != 0) {
                throw new IllegalStateException("zkmig provisioned: " + provisioned);
            }
            return m;
        } catch (RuntimeException e) {
            m.close();
            throw e;
        }
    }

    /** What {@code zkmig sandbox up --target <spec>} does: every server of the spec that does not run is started. */
    public List<Sandbox.Started> up() {
        return sandbox.up(true);
    }

    /** A reboot of every machine: every ZooKeeper process of the migration killed at once (SIGKILL). */
    public void killEveryServer() {
        servers().parallelStream().forEach(LocalServer::kill);
    }

    /**
     * What {@code zkmig sandbox up --target} did before it kept configurations: every target server restarted as
     * the target's own ensemble, from its provisioned data folder, whatever zkmig had made of it since.
     */
    public void restartTargetsAsTheirOwnEnsemble() {
        List<LocalServer> targets = sandbox.target().servers();
        targets.parallelStream().forEach(s -> s.restart(s.config()));
        targets.parallelStream().forEach(s -> s.awaitServing(LocalEnsemble.START_TIMEOUT));
    }

    /** One server's process killed (SIGKILL), legacy or target, by myid. */
    public void kill(int id) {
        servers().stream().filter(s -> s.config().myId() == id).forEach(LocalServer::kill);
    }

    /**
     * One server's process stopped (SIGSTOP) or continued (SIGCONT), by myid: to its peers and clients a stopped server
     * is cut off, its process and data kept.
     */
    public void signal(int id, String signal) {
        for (LocalServer s : servers()) {
            if (s.config().myId() == id) {
                long pid = s.pid().or(() -> LocalServer.runningFrom(s.dir()).map(ProcessHandle::pid))
                        .orElseThrow(() -> new IllegalStateException(s + " does not run"));
                try {
                    int code = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
                    if (code != 0) {
                        throw new IllegalStateException("kill -" + signal + " " + pid + " exited " + code);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** {@code zkmig <command words> <spec> args...}, in this JVM through the real CLI. */
    public Cli zkmig(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command.split(" ")));
        all.add(specFile.toString());
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    public String legacyConnectString() {
        return ConnectString.of(spec.legacy().servers());
    }

    public String targetConnectString() {
        return ConnectString.of(spec.target().servers());
    }

    public ZooKeeperAdmin connect(String connectString) throws Exception {
        return ZkConnections.admin(connectString, SUPER_PASSWORD, Duration.ofSeconds(30));
    }

    private List<LocalServer> servers() {
        List<LocalServer> all = new ArrayList<>(sandbox.legacy().servers());
        all.addAll(sandbox.target().servers());
        return all;
    }

    @Override
    public void close() {
        sandbox.stopRunning();
    }
}
