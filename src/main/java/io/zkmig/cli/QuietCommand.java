package io.zkmig.cli;

import io.zkmig.runner.disconnect.QuietPeriod;
import io.zkmig.runner.lifecycle.RunnerCommand;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig quiet <spec>}: after the split, see the legacy servers without sessions for the quiet period. */
@Command(name = "quiet", mixinStandardHelpOptions = true,
        description = {"After the split, before the bridge goes: look at every legacy server's own sessions (`cons`) and",
                "record legacy-quiet once none has held a session for the quiet period; the disconnect stage waits for it.",
                "A session seen (or a legacy server that does not answer) restarts the period. One run looks once and",
                "says how long is left (exit 1 until quiet); --watch keeps looking every --poll until the period is over."})
final class QuietCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Option(names = "--quiet-period", defaultValue = "24h", converter = DurationConverter.class,
            description = "How long the legacy servers must be without sessions (default: ${DEFAULT-VALUE}).")
    Duration period;

    @Option(names = "--watch", description = "Keep looking every --poll until the period is over or --timeout.")
    boolean watch;

    @Option(names = "--poll", defaultValue = "30s", converter = DurationConverter.class,
            description = "With --watch: how often to look (default: ${DEFAULT-VALUE}).")
    Duration poll;

    @Option(names = "--timeout", converter = DurationConverter.class,
            description = "With --watch: stop looking after this long (default: the quiet period plus 1h).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        if (poll.isZero()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--poll must be more than 0");
        }
        Duration bound = timeout != null ? timeout : period.plusHours(1);
        try (SpecParameter.RunnerSession runner = migration.openRunner(RunnerCommand.QUIET)) {
            QuietPeriod.Outcome o = new QuietPeriod().run(runner.context(),
                    new QuietPeriod.Options(period, poll, watch, bound));
            if (o.quiet()) {
                migration.out().println("quiet: recorded legacy-quiet; the disconnect stage may be deployed");
                return ExitCodes.OK;
            }
            migration.out().println(o.quietSince() == null
                    ? "quiet: not quiet; the period starts when no legacy server holds a session"
                    : "quiet: quiet since " + o.quietSince() + ", " + o.remaining().toSeconds() + " s left; run again then"
                            + " (or with --watch)");
            return ExitCodes.CHECK_FAILED;
        }
    }
}
