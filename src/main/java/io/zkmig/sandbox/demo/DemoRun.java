package io.zkmig.sandbox.demo;

import io.zkmig.cli.StatusPrinter;
import io.zkmig.nodes.NodeControl;
import io.zkmig.nodes.NodeControls;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.StepChain;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.observe.ObserveOptions;
import io.zkmig.runner.observe.ObserveStage;
import io.zkmig.runner.preflight.Finding;
import io.zkmig.runner.preflight.Preflight;
import io.zkmig.runner.provision.ConfirmProvisioned;
import io.zkmig.runner.status.MigrationStatus;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.sandbox.Sandbox;
import io.zkmig.sandbox.controlplane.ControlPlane;
import io.zkmig.sandbox.workload.ClientWorkload;
import io.zkmig.sandbox.workload.WorkloadStats;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import io.zkmig.stacks.TerraformEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo migration, act by act, on local components under a live client workload: legacy ensemble,
 * local Instaclustr control plane, {@code cdktf deploy <name>-target} through the real provider, then the
 * runner's stages. Every process it starts belongs to this JVM and stops with it.
 */
public final class DemoRun {
    private final MigrationSpec original;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final Duration warmup;
    private final DemoSpecs specs;
    private final List<String> problems = new ArrayList<>();

    public DemoRun(MigrationSpec original, Map<String, String> environment, PrintStream out, Duration warmup) {
        this.original = original;
        this.environment = environment;
        this.out = out;
        this.warmup = warmup;
        this.specs = new DemoSpecs(original);
    }

    /** Runs every act; true when the migration completed with no failed operation, lost write or double leader. */
    public boolean run() throws Exception {
        resetState();
        MigrationSpec spec = specs.atStage(Stage.DEFINE);
        act("define", "spec " + original.source() + ": " + spec.legacy().servers().size() + " legacy servers "
                + spec.legacy().servers().get(0).version() + ", target " + spec.target().version() + " x"
                + spec.target().nodeCount() + "; working copy " + specs.file());
        try (LocalEnsemble legacy = new Sandbox(spec, false, environment).legacy()) {
            act("legacy", "starting the legacy ensemble " + legacy.connectString());
            legacy.start();
            legacy.servers().forEach(s -> out.printf("  %s serving (pid %s)%n", s, s.pid().map(String::valueOf).orElse("?")));
            try (ClientWorkload workload = ClientWorkload.start(ConnectString.of(spec.legacy().servers()),
                         ClientWorkload.Options.defaults().withMaxDuration(Duration.ofMinutes(30)));
                 ControlPlane controlPlane = DemoControlPlane.start(spec, apiKey(spec))) {
                act("workload", "live clients on legacy: a writer, a reader, a LeaderLatch group of 3 with ephemeral members");
                Thread.sleep(warmup.toMillis());
                out.println("  " + workload.stats().summary());

                spec = provision(controlPlane);
                preflight(spec);
                spec = observe();
                status(spec);
                report(workload);
            } finally {
                act("teardown", "stopping the control plane's target servers and the legacy servers");
                for (LocalServer s : legacy.servers()) {
                    s.stop();
                }
            }
        }
        return problems.isEmpty();
    }

    private MigrationSpec provision(ControlPlane controlPlane) throws Exception {
        MigrationSpec spec = specs.atStage(Stage.PROVISION);
        act("provision", "local Instaclustr control plane at " + controlPlane.url() + "; cdktf deploy "
                + spec.name() + "-target through the Instaclustr Terraform provider");
        Map<String, String> env = new HashMap<>(TerraformEnvironment.forSpec(spec, environment));
        env.put(TerraformEnvironment.API_URL, controlPlane.url());
        long t0 = System.nanoTime();
        new Cdktf(spec.stateDir().resolve("cdktf.out"), env, out).deploy(List.of(spec.name() + "-target"));
        out.printf("  deployed in %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
        runChain(spec, new StepChain("provisioned", List.of(new ConfirmProvisioned())));
        return spec;
    }

    private void preflight(MigrationSpec spec) {
        act("preflight", "checks before the runner acts");
        Preflight.Report report = Preflight.run(spec, environment);
        report.findings().forEach(f -> out.printf("  %-4s %-12s %-10s %s%n", f.level(), f.check(), f.subject(), f.message()));
        if (report.failed()) {
            problems.add("preflight failed");
        }
        long fails = report.count(Finding.Level.FAIL);
        out.printf("  preflight: %d fail%n", fails);
    }

    private MigrationSpec observe() throws Exception {
        MigrationSpec spec = specs.atStage(Stage.OBSERVE);
        act("observe", "target servers restart one at a time as observers of the legacy ensemble and catch up");
        try (NodeControl nodes = NodeControls.forSpec(spec, out, Duration.ofMinutes(5))) {
            runChain(spec, ObserveStage.chain(spec, nodes, new ObserveOptions(false, Duration.ofMinutes(5), false)));
        }
        return spec;
    }

    private void status(MigrationSpec spec) {
        act("status", "both sides as they report themselves");
        PrintWriter w = new PrintWriter(out, true);
        StatusPrinter.print(MigrationStatus.gather(spec, FileLedger.readOnly(spec.stateDir()).state()), w);
    }

    private void report(ClientWorkload workload) throws Exception {
        workload.stop();
        WorkloadStats stats = workload.stats();
        act("report", "client impact over the whole demo");
        out.println("  " + stats.summary());
        int missing = workload.missingAcknowledgedWrites().size();
        out.println("  acknowledged writes missing: " + missing);
        if (stats.failedOperations() > 0) {
            problems.add(stats.failedOperations() + " failed operations");
        }
        if (missing > 0) {
            problems.add(missing + " acknowledged writes lost");
        }
        if (stats.maxConcurrentLeaders() > 1) {
            problems.add("two leaders at once");
        }
    }

    private void runChain(MigrationSpec spec, StepChain chain) {
        try (Ledger ledger = FileLedger.open(spec.stateDir())) {
            StepChain.Result r = chain.run(new MigrationContext(spec, ledger, out, superPassword(spec)));
            if (!r.succeeded()) {
                throw new IllegalStateException(r.stage() + " stopped at " + r.failedStep().name() + ": " + r.failure());
            }
        }
    }

    private String superPassword(MigrationSpec spec) {
        var ref = spec.legacy().superUser();
        return ref == null ? null : ref.resolve(environment, spec.baseDir());
    }

    private String apiKey(MigrationSpec spec) {
        return spec.credentials().instaclustr().apiKey().resolve(environment, spec.baseDir());
    }

    private void act(String name, String what) {
        out.printf("%n== %s: %s%n", name, what);
        out.flush();
    }

    /** A demo always starts afresh: servers of an earlier run stopped (by pid file), its state removed. */
    private void resetState() throws IOException {
        Sandbox old = new Sandbox(original, true, environment);
        for (LocalEnsemble e : new LocalEnsemble[] {old.legacy(), old.target()}) {
            for (LocalServer s : e.servers()) {
                if (LocalServer.runningFrom(s.dir()).isPresent()) {
                    s.stop();
                }
            }
        }
        Path state = original.stateDir();
        if (Files.exists(state)) {
            try (Stream<Path> walk = Files.walk(state)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
