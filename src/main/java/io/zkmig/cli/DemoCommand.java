package io.zkmig.cli;

import io.zkmig.runner.preflight.Finding;
import io.zkmig.runner.preflight.Preflight;
import io.zkmig.runner.status.MigrationStatus;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.sandbox.Sandbox;
import io.zkmig.sandbox.workload.ClientWorkload;
import io.zkmig.sandbox.workload.WorkloadStats;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zkmig demo}: the demo migration on local components, stage by stage, under a live client
 * workload. Every server is a real ZooKeeper process; everything it starts it stops (unless --keep-running).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the demo migration of stacks/examples/local.yaml on local ZooKeeper processes under a "
                + "live client workload, printing each stage.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--spec", defaultValue = "stacks/examples/local.yaml", description = "Default: ${DEFAULT-VALUE}.")
    Path file;

    @Option(names = "--keep-running", description = "Leave the servers running at the end (stop them with `zkmig sandbox down`).")
    boolean keepRunning;

    @Option(names = "--warmup", defaultValue = "5s", description = "Workload time before the first stage. Default: ${DEFAULT-VALUE}.")
    String warmup;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        MigrationSpec m = SpecFiles.load(file);
        stage("define", "spec " + file + " is valid: " + m.legacy().servers().size() + " legacy servers, target "
                + m.target().version() + " x" + m.target().nodeCount());
        resetState(m);
        Sandbox sandbox = new Sandbox(m, keepRunning, System.getenv());
        try (LocalEnsemble legacy = sandbox.legacy()) {
            stage("legacy", "starting the legacy ensemble " + legacy.connectString());
            legacy.start();
            legacy.servers().forEach(s -> out.printf("  %s serving (pid %s)%n", s, s.pid().map(String::valueOf).orElse("?")));
            try (ClientWorkload workload = ClientWorkload.start(ConnectString.of(m.legacy().servers()),
                    ClientWorkload.Options.defaults().withMaxDuration(Duration.ofMinutes(30)))) {
                stage("workload", "live clients: a writer, a reader, a LeaderLatch group of 3 with ephemeral members");
                Thread.sleep(Duration.parse("PT" + warmup.toUpperCase()).toMillis());
                out.println("  " + workload.stats().summary());

                stage("preflight", "checks before any stage acts");
                Preflight.Report report = Preflight.run(m, System.getenv());
                report.findings().forEach(f -> out.printf("  %-4s %-12s %-10s %s%n", f.level(), f.check(), f.subject(), f.message()));

                stage("status", "both sides as they report themselves");
                StatusCommand.print(MigrationStatus.gather(m, SpecFiles.recordedState(m)), out);

                workload.stop();
                WorkloadStats stats = workload.stats();
                stage("report", "client impact over the whole demo");
                out.println("  " + stats.summary());
                int missing = workload.missingAcknowledgedWrites().size();
                out.println("  acknowledged writes missing: " + missing);
                boolean ok = stats.failedOperations() == 0 && missing == 0 && stats.maxConcurrentLeaders() <= 1
                        && report.count(Finding.Level.FAIL) == 0;
                out.println(ok ? "\ndemo finished: no failed operation, no lost write, never two leaders"
                        : "\ndemo finished WITH PROBLEMS (see above)");
                return ok ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
            } finally {
                if (keepRunning) {
                    out.println("servers left running; stop them with: bin/zkmig sandbox down " + file);
                } else {
                    stage("teardown", "stopping every server the demo started");
                    for (LocalServer s : legacy.servers()) {
                        s.stop();
                    }
                }
                out.flush();
            }
        }
    }

    private void stage(String name, String what) {
        out.printf("%n== %s: %s%n", name, what);
        out.flush();
    }

    /** A demo always starts afresh: servers of an earlier run stopped (by pid file), its state removed. */
    private void resetState(MigrationSpec m) throws IOException {
        Sandbox old = new Sandbox(m, true, System.getenv());
        for (LocalEnsemble e : new LocalEnsemble[] {old.legacy(), old.target()}) {
            for (LocalServer s : e.servers()) {
                if (LocalServer.runningFrom(s.dir()).isPresent()) {
                    s.stop();
                }
            }
        }
        Path state = m.stateDir();
        if (Files.exists(state)) {
            try (Stream<Path> walk = Files.walk(state)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
