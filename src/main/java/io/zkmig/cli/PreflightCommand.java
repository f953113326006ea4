package io.zkmig.cli;

import io.zkmig.runner.preflight.Finding;
import io.zkmig.runner.preflight.Preflight;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig preflight <spec>}: everything that must hold before any stage acts. */
@Command(name = "preflight", mixinStandardHelpOptions = true,
        description = {"Check versions (which split applies, known bugs), reconfigEnabled, the super-user credential, "
                + "myid collisions, CIDR overlap and that every server's ports answer; with legacy.network, the legacy account's "
                + "instances and volumes and the AWS side of the bridge (missing pieces fail from stage observe on).",
            "Reports every finding as PASS/WARN/FAIL; exits 1 on any FAIL, 4 when no legacy server answers. "
                + "Changes nothing."})
final class PreflightCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Preflight.Report report = Preflight.run(migration.spec(), System.getenv());
        PrintWriter out = migration.writer();
        if (json) {
            out.println(Json.write(report));
        } else {
            TextTable table = new TextTable("RESULT", "CHECK", "SUBJECT", "DETAIL");
            report.findings().forEach(f -> table.row(f.level(), f.check(), f.subject(), f.message()));
            table.print(out);
            out.printf("%npreflight %s: %d pass, %d warn, %d fail%n", report.failed() ? "FAILED" : "passed",
                    report.count(Finding.Level.PASS), report.count(Finding.Level.WARN), report.count(Finding.Level.FAIL));
        }
        out.flush();
        if (report.legacyUnreachable()) {
            spec.commandLine().getErr().println("zkmig: no legacy server answered; check the addresses in " + migration.file());
            return ExitCodes.UNREACHABLE;
        }
        return report.failed() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
