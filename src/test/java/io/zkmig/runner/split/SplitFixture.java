package io.zkmig.runner.split;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.StepChain;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.verify.ParityCheck;
import io.zkmig.runner.verify.VerifyStage;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.runner.probe.ClientWorkload;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.SpecLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The state a split starts from, built the way observe leaves it: a legacy ensemble (3 servers, ids
 * 1-3, super user) and three 3.9.3 target servers (ids 11-13) each started with the legacy voters plus
 * itself as observer, serving; a spec naming them all; a live client workload on the legacy servers
 * (writer, reader, LeaderLatch group of 3 whose latch path the spec's follows-config group names).
 * Closing stops every process, whatever happened.
 */
final class SplitFixture implements AutoCloseable {
    static final String SUPER_PASSWORD = "split-test-secret";
    static final String TARGET_VERSION = "3.9.3";
    static final String LATCH_PATH = "/zkmig-workload/leader";

    final LocalEnsemble legacy;
    final List<ServerSpec> targetSpecs;
    final List<LocalServer> targets = new ArrayList<>();
    final LocalEnsemble.Options targetOptions;
    final MigrationSpec spec;
    final Path specFile;
    final Path dir;
    ClientWorkload workload;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    final PrintStream out;

    private SplitFixture(Path dir, String legacyVersion, boolean reconfigEnabled) throws Exception {
        this.dir = dir;
        this.out = new PrintStream(new TeeStream(output, System.out), true, StandardCharsets.UTF_8);
        LocalEnsemble started = null;
        try {
            started = LocalEnsemble.builder("legacy", legacyVersion).servers(3).firstId(1).addressBlock(1)
                    .reconfigEnabled(reconfigEnabled).superPassword(SUPER_PASSWORD).baseDir(dir.resolve("servers")).start();
            this.legacy = started;
            LocalEnsemble.Builder tb = LocalEnsemble.builder("target", TARGET_VERSION).servers(3).firstId(11).addressBlock(2)
                    .reconfigEnabled(true).superPassword(SUPER_PASSWORD).baseDir(dir.resolve("servers"));
            this.targetSpecs = tb.allocate();
            this.targetOptions = tb.options();
            startTargetsAsObservers();
            this.specFile = writeSpec(dir, legacy.specs(), targetSpecs);
            this.spec = SpecLoader.load(specFile);
        } catch (Exception | Error e) {
            targets.forEach(LocalServer::stop);
            if (started != null) {
                started.close();
            }
            throw e;
        }
    }

    static SplitFixture start(Path dir, String legacyVersion) throws Exception {
        return new SplitFixture(dir, legacyVersion, legacyVersionSupportsReconfig(legacyVersion));
    }

    static SplitFixture start(Path dir, String legacyVersion, boolean reconfigEnabled) throws Exception {
        return new SplitFixture(dir, legacyVersion, reconfigEnabled);
    }

    private static boolean legacyVersionSupportsReconfig(String v) {
        return io.zkmig.spec.ZooKeeperVersion.parse(v).supportsReconfig();
    }

    /** What observe does: each target lists the legacy voters and itself as observer, and syncs. */
    private void startTargetsAsObservers() {
        List<Member> legacyVoters = legacy.specs().stream().map(s -> Member.of(s, Role.PARTICIPANT)).toList();
        for (ServerSpec t : targetSpecs) {
            List<Member> members = new ArrayList<>(legacyVoters);
            members.add(Member.of(t, Role.OBSERVER));
            LocalServer s = LocalEnsemble.serverFor("target", t, members, targetOptions);
            targets.add(s);
            s.start();
        }
        CompletableFuture.allOf(targets.stream().map(s -> CompletableFuture.runAsync(
                () -> s.awaitServing(Duration.ofSeconds(90)))).toArray(CompletableFuture[]::new)).join();
    }

    private static Path writeSpec(Path dir, List<ServerSpec> legacy, List<ServerSpec> target) throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode tree = (ObjectNode) yaml.readTree(Files.readString(Path.of("stacks/examples/local.yaml")));
        tree.put("name", "split-test");
        ((ObjectNode) tree.get("legacy")).set("servers", yaml.valueToTree(legacy));
        ((ObjectNode) tree.get("target")).set("servers", yaml.valueToTree(target));
        ArrayNode clients = (ArrayNode) tree.get("clients");
        for (var c : clients) {
            ObjectNode g = (ObjectNode) c;
            g.put("before", ConnectString.of(legacy));
            g.put("after", ConnectString.of(target));
            if ("follows-config".equals(g.get("connection").asText())) {
                g.set("latchPaths", yaml.createArrayNode().add(LATCH_PATH));
                g.set("addresses", yaml.createArrayNode().add("127.0.0.1"));
            }
        }
        ((ObjectNode) tree.get("state")).put("dir", "state");
        Path file = dir.resolve("split-test.yaml");
        Files.writeString(file, yaml.writeValueAsString(tree));
        return file;
    }

    /** Live clients on the legacy servers, as before the migration. */
    ClientWorkload startWorkload() throws Exception {
        workload = ClientWorkload.start(legacy.connectString(), ClientWorkload.Options.defaults()
                .withMaxDuration(Duration.ofMinutes(10)));
        workload.awaitWrites(20, Duration.ofSeconds(60));
        return workload;
    }

    String fixedGroup() {
        return spec.clients().stream().filter(g -> g.connection() == io.zkmig.spec.ClientGroup.Connection.FIXED)
                .findFirst().orElseThrow().name();
    }

    List<ServerSpec> allSpecs() {
        List<ServerSpec> all = new ArrayList<>(legacy.specs());
        all.addAll(targetSpecs);
        return all;
    }

    /**
     * The ledger as the runbook leaves it before the split: the target recorded as provisioned and observing (the
     * fixture provisioned it and made its servers observers itself), and the real verify passed. The lifecycle
     * refuses {@code zkmig split} without these.
     */
    void recordObservedAndVerified() throws Exception {
        try (Ledger ledger = openLedger()) {
            for (Milestone m : List.of(Milestone.TARGET_PROVISIONED, Milestone.TARGET_OBSERVING)) {
                ledger.append(LedgerEntry.milestone(m, LedgerEntry.Status.DONE, java.util.Map.of("by", "SplitFixture")));
            }
            StepChain.Result verify = VerifyStage.run(context(ledger), new ParityCheck(spec, SUPER_PASSWORD, SUPER_PASSWORD,
                    null, Duration.ofSeconds(60), false));
            if (!verify.succeeded()) {
                throw new IllegalStateException("verify failed before the split: " + verify.failure());
            }
        }
    }

    Ledger openLedger() {
        return FileLedger.open(spec.stateDir());
    }

    MigrationContext context(Ledger ledger) {
        return new MigrationContext(spec, ledger, out, SUPER_PASSWORD);
    }

    String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (workload != null) {
            workload.close();
        }
        targets.parallelStream().forEach(LocalServer::stop);
        legacy.close();
    }

    /** Copies the runner's output to the test log as well. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
