package io.zkmig.sandbox.cli;

import io.zkmig.cli.DurationConverter;
import io.zkmig.cli.ExitCodes;
import io.zkmig.cli.SpecParameter;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.sandbox.Sandbox;
import io.zkmig.runner.probe.ClientWorkload;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig sandbox up|down|workload}: the spec's servers as real local ZooKeeper processes. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run a spec's servers locally as real ZooKeeper processes (for the demo and for trying zkmig).",
        subcommands = {SandboxCommand.Up.class, SandboxCommand.Down.class, SandboxCommand.Workload.class,
            io.zkmig.sandbox.controlplane.ControlPlaneCommand.class, io.zkmig.sandbox.aws.AwsEmulatorCommand.class})
public final class SandboxCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Start the spec's legacy servers (and with --target its target servers) in the background; "
                    + "servers already running are left as they are. A server that ran before comes back with the "
                    + "configuration zkmig and ZooKeeper last gave it (after a reboot too); one that cannot serve with "
                    + "it is reported, and zkmig status names the command that brings the migration back.")
    static final class Up implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SpecParameter migration;

        @Option(names = "--target", description = "Also start the target servers (the first time: as a newly "
                + "provisioned cluster of their own).")
        boolean target;

        @Override
        public Integer call() throws Exception {
            MigrationSpec m = migration.spec();
            Sandbox sandbox = new Sandbox(m, true, System.getenv());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("starting the legacy%s servers ...%n", target ? " and target" : "");
            out.flush();
            List<Sandbox.Started> started = sandbox.up(target);
            for (Sandbox.Started s : started) {
                out.printf("  %s %s%s%n", s.server(), s.serving()
                        ? "serving (pid " + s.server().pid().map(String::valueOf).orElse("?") + ")"
                        : "NOT serving: " + s.problem(), s.keptConfiguration() ? "" : ", first start");
            }
            out.println("sandbox folder: " + sandbox.dir());
            if (started.stream().allMatch(Sandbox.Started::serving)) {
                return ExitCodes.OK;
            }
            out.println("some servers do not serve with the configuration they had; zkmig status " + migration.file()
                    + " shows what the migration needs and names the command that brings it back");
            out.flush();
            return ExitCodes.CHECK_FAILED;
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true,
            description = "Stop the spec's sandbox servers (only processes zkmig started, by their pid files).")
    static final class Down implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SpecParameter migration;

        @Override
        public Integer call() throws Exception {
            MigrationSpec m = migration.spec();
            for (LocalServer s : new Sandbox(m, true, System.getenv()).stopRunning()) {
                spec.commandLine().getOut().println("stopped " + s);
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "workload", mixinStandardHelpOptions = true,
            description = "Run a live client workload (writer, reader, LeaderLatch group of 3) against the legacy "
                    + "servers in the foreground, printing its figures.")
    static final class Workload implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SpecParameter migration;

        @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
                description = "How long to run (e.g. 30s, 5m). Default: ${DEFAULT-VALUE}.")
        Duration duration;

        @Override
        public Integer call() throws Exception {
            MigrationSpec m = migration.spec();
            PrintWriter out = spec.commandLine().getOut();
            try (ClientWorkload w = ClientWorkload.start(io.zkmig.spec.ConnectString.of(m.legacy().servers()),
                    ClientWorkload.Options.defaults().withMaxDuration(duration))) {
                long end = System.nanoTime() + duration.toNanos();
                while (System.nanoTime() < end) {
                    Thread.sleep(Math.min(5000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                    out.println(w.stats().summary());
                    out.flush();
                }
                w.stop();
                out.println("missing acknowledged writes: " + w.missingAcknowledgedWrites().size());
                return w.stats().failedOperations() == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
            }
        }
    }
}
