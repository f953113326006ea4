package io.zkmig.cli;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.StepChain;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.runner.verify.ParityCheck;
import io.zkmig.runner.verify.ParityReport;
import io.zkmig.runner.verify.VerifyStage;
import io.zkmig.spec.CredentialRefs;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig verify <spec>}: parity between the legacy ensemble and every target server. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Prove parity between the legacy ensemble and each target server: last zxid converged, tree "
                + "digest where both keep one (3.6+), znode counts, and a comparison of the tree (whole, or --sample N "
                + "znodes) of data, ACLs, version, cversion, aversion, ephemeral owners and zxids. Lists every "
                + "difference; exit code 1 if there is any.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Option(names = "--sample", paramLabel = "N", description = "Compare N random znodes instead of the whole tree.")
    Integer sample;

    @Option(names = "--converge-timeout", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long each target may take to reach the legacy leader's zxid. Default: ${DEFAULT-VALUE}.")
    Duration convergeTimeout;

    @Option(names = "--compare-anyway", description = "Compare the trees of target servers that do not follow the "
            + "legacy ensemble too, to see how one that diverged differs (without it verify refuses at once and names "
            + "zkmig observe).")
    boolean compareAnyway;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        MigrationSpec m = migration.spec();
        PrintStream out = migration.out();
        String targetPassword = m.target().superUser() == null ? SpecFiles.superPassword(m)
                : m.target().superUser().resolve(CredentialRefs.TARGET_SUPER_USER, System.getenv(), m.baseDir());
        try (SpecParameter.RunnerSession runner = migration.openRunner(RunnerCommand.VERIFY, json ? RunnerIo.stream(new java.io.PrintWriter(
                java.io.OutputStream.nullOutputStream())) : out)) {
            MigrationContext ctx = runner.context();
            String legacyPassword = ctx.superPassword();
            StepChain.Result r = VerifyStage.run(ctx, new ParityCheck(m, legacyPassword, targetPassword, sample, convergeTimeout,
                    compareAnyway));
            ParityReport report = (ParityReport) ctx.facts().get(VerifyStage.REPORT);
            Object refused = ctx.facts().get(VerifyStage.REFUSED);
            if (refused != null) {
                out.println(json ? Json.write(java.util.Map.of("refused", refused)) : "verify: refused: " + refused);
                return ExitCodes.CHECK_FAILED;
            }
            if (json) {
                out.println(Json.write(report));
                return r.succeeded() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
            }
            if (report != null) {
                print(report, out);
            }
            return RunnerIo.finish(r, out);
        }
    }

    static void print(ParityReport r, PrintStream out) {
        out.println();
        for (ParityReport.Check c : r.checks()) {
            out.printf("  %-4s %-7s server %-3d %s%n", c.result(), c.name(), c.server(), c.detail());
        }
        r.notes().forEach(n -> out.println("  NOTE " + n));
        if (!r.differences().isEmpty()) {
            out.printf("%n%d difference(s):%n", r.differences().size());
            r.differences().forEach(d -> out.println("  - " + d));
        }
        out.printf("verify took %d ms%n", r.millis());
    }
}
