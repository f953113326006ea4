package io.zkmig.runner.observe;

import io.zkmig.app.Main;
import io.zkmig.ensemble.ZkConnections;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.SpecLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import picocli.CommandLine;

/**
 * A migration on loopback for the runner's tests: a real legacy ensemble (127.0.1.x), a real 3.9.3 target
 * cluster running on its own as freshly provisioned (127.0.2.x, myids 11-13) and recorded so by the real
 * {@code zkmig provisioned}, and the spec describing both, with two client groups: {@code orders-api} (fixed
 * connect string, clients at 127.0.3.1) and {@code scheduler} (follows /zookeeper/config, clients at 127.0.3.2, leader latch under /scheduler/leader).
 * zkmig commands run in-process through the real CLI. Closing stops every server.
 */
public final class Migration implements AutoCloseable {
    public static final String SUPER_PASSWORD = "test-super-secret";
    public static final String FIXED_CLIENT_ADDRESS = "127.0.3.1";
    public static final String TRACKING_CLIENT_ADDRESS = "127.0.3.2";

    public final LocalEnsemble legacy;
    public final LocalEnsemble target;
    public final Path dir;
    public final Path specFile;

    private Migration(LocalEnsemble legacy, LocalEnsemble target, Path dir, Path specFile) {
        this.legacy = legacy;
        this.target = target;
        this.dir = dir;
        this.specFile = specFile;
    }

    public static Migration start(Path dir, String legacyVersion, boolean reconfigEnabled) throws Exception {
        LocalEnsemble legacy = LocalEnsemble.builder("legacy", legacyVersion).servers(3).addressBlock(1)
                .reconfigEnabled(reconfigEnabled).superPassword(SUPER_PASSWORD).baseDir(dir.resolve("legacy")).start();
        LocalEnsemble target = null;
        try {
            target = LocalEnsemble.builder("target", "3.9.3").servers(3).firstId(11).addressBlock(2)
                    .reconfigEnabled(true).superPassword(SUPER_PASSWORD).baseDir(dir.resolve("target")).start();
            Files.writeString(dir.resolve("super-password"), SUPER_PASSWORD + "\n");
            Path spec = dir.resolve("migration.yaml");
            Files.writeString(spec, yaml(legacy.specs(), target.specs()));
            Migration m = new Migration(legacy, target, dir, spec);
            // what the operator runs after `cdktf deploy <name>-target`: the lifecycle lets observe run only then
            Run provisioned = m.zkmig("provisioned");
            if (provisioned.exit() != 0) {
                throw new IllegalStateException("zkmig provisioned: " + provisioned);
            }
            return m;
        } catch (Exception | Error e) {
            if (target != null) {
                target.close();
            }
            legacy.close();
            throw e;
        }
    }

    public MigrationSpec spec() throws Exception {
        return SpecLoader.load(specFile);
    }

    public MigrationState ledger() throws Exception {
        return FileLedger.readOnly(spec().stateDir()).state();
    }

    /** Runs {@code zkmig <command words> <spec> args...} in this JVM, as the CLI would (e.g. "cutover mark"). */
    public Run zkmig(String command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
        all.add(specFile.toString());
        all.addAll(java.util.List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    public record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public String legacyConnectString() {
        return legacy.connectString();
    }

    public String targetConnectString() {
        return target.connectString();
    }

    public ZooKeeperAdmin connect(String connectString) throws Exception {
        return ZkConnections.admin(connectString, SUPER_PASSWORD, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        try {
            target.close();
        } finally {
            legacy.close();
        }
    }

    private static String yaml(List<ServerSpec> legacy, List<ServerSpec> target) {
        String legacyCs = legacy.stream().map(ServerSpec::clientAddress).collect(Collectors.joining(","));
        String targetCs = target.stream().map(ServerSpec::clientAddress).collect(Collectors.joining(","));
        return """
                name: runner-test
                stage: observe
                legacy:
                  servers:
                %s
                  superUser: { file: super-password }
                target:
                  clusterName: runner-test
                  version: 3.9.3
                  nodeSize: zookeeper-developer-t3.small-20
                  nodeCount: 3
                  region: US_EAST_1
                  networkCidr: 10.30.0.0/16
                  servers:
                %s
                  superUser: { file: super-password }
                clients:
                  - name: orders-api
                    owner: team-orders
                    connection: fixed
                    before: %s
                    after: %s
                    addresses: [%s]
                  - name: scheduler
                    owner: team-platform
                    connection: follows-config
                    before: %s
                    after: %s
                    addresses: [%s]
                    latchPaths: [/scheduler/leader]
                state:
                  dir: state
                nodes:
                  mode: local
                """.formatted(servers(legacy), servers(target), legacyCs, targetCs, FIXED_CLIENT_ADDRESS, legacyCs, targetCs,
                TRACKING_CLIENT_ADDRESS);
    }

    private static String servers(List<ServerSpec> servers) {
        return servers.stream().map(s -> "    - { id: %d, host: %s, clientPort: %d, quorumPort: %d, electionPort: %d%s, version: %s }"
                .formatted(s.id(), s.host(), s.clientPort(), s.quorumPort(), s.electionPort(),
                        s.adminPort() == null ? "" : ", adminPort: " + s.adminPort(), s.version()))
                .collect(Collectors.joining("\n"));
    }
}
