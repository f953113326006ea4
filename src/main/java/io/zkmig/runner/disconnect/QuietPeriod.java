package io.zkmig.runner.disconnect;

import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quiet period before the bridge goes: no client session on any legacy server for {@code period}, seen on
 * the legacy servers themselves ({@code cons}). The ledger keeps when the servers were first seen without a
 * session ({@code quiet.since}) and every sighting of sessions after that ({@code quiet.sessions-seen.notice}),
 * which restarts the period; {@code milestone.legacy-quiet} is recorded once the period has passed with the
 * servers still empty, and withdrawn (FAILED) when sessions are seen on them later.
 *
 * <p>Caveat: the servers are seen only when they are sampled. A single run samples once; {@code --watch}
 * samples every poll interval until the period is over, and is the only way to see a client that connects
 * for a moment between two runs. A legacy server that does not answer {@code cons} cannot be seen empty: it
 * restarts the period like a session would (it may hold sessions that this runner cannot see).
 */
public final class QuietPeriod {

    /** How long to be quiet, how often to look, and how long one watching run may take at most. */
    public record Options(Duration period, Duration poll, boolean watch, Duration timeout) {
    }

    /** A look at the legacy servers: the sessions on them, and the servers that did not answer. */
    public record Sample(Instant at, List<ClientSessions.Connection> sessions, List<String> silent) {
        boolean empty() {
            return sessions.isEmpty() && silent.isEmpty();
        }
    }

    /** How a run ended. {@code quietSince} is null when no quiet period is running. */
    public record Outcome(boolean quiet, Instant quietSince, Duration remaining, Sample last) {
    }

    /** Seam for tests: how the legacy servers are sampled. */
    public interface Sampler {
        Sample sample(List<ServerSpec> legacy, Instant at);
    }

    private final Clock clock;
    private final Sampler sampler;

    public QuietPeriod() {
        this(Clock.systemUTC(), QuietPeriod::cons);
    }

    QuietPeriod(Clock clock, Sampler sampler) {
        this.clock = clock;
        this.sampler = sampler;
    }

    public Outcome run(MigrationContext ctx, Options options) throws InterruptedException {
        Instant deadline = clock.instant().plus(options.watch() ? options.timeout() : Duration.ZERO);
        Instant since = quietSince(ctx.ledger().state()).orElse(null);
        while (true) {
            Sample s = sampler.sample(ctx.spec().legacy().servers(), clock.instant());
            since = record(ctx, s, since);
            Duration quietFor = since == null ? Duration.ZERO : Duration.between(since, s.at());
            if (since != null && quietFor.compareTo(options.period()) >= 0) {
                if (!ctx.ledger().state().has(Milestone.LEGACY_QUIET)) {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("since", since.toString());
                    d.put("period", options.period().toString());
                    ctx.ledger().append(LedgerEntry.milestone(Milestone.LEGACY_QUIET, LedgerEntry.Status.DONE, d));
                }
                ctx.out().printf("  legacy servers quiet since %s (%s, the period is %s)%n", since, human(quietFor),
                        human(options.period()));
                return new Outcome(true, since, Duration.ZERO, s);
            }
            Duration remaining = since == null ? options.period() : options.period().minus(quietFor);
            Instant next = s.at().plus(options.poll());
            if (!options.watch() || next.isAfter(deadline)) {
                return new Outcome(false, since, remaining, s);
            }
            if (since != null) {
                ctx.out().printf("  quiet for %s of %s%n", human(quietFor), human(options.period()));
            }
            Thread.sleep(Math.max(0, Duration.between(clock.instant(), next).toMillis()));
        }
    }

    /**
     * Records what the sample changes; returns the quiet period's start after it (null: none running). Sessions
     * seen, or a server that cannot be seen, restart the period.
     */
    private static Instant record(MigrationContext ctx, Sample s, Instant since) {
        if (!s.empty()) {
            List<String> seen = new ArrayList<>();
            for (ClientSessions.Connection c : s.sessions()) {
                seen.add("session 0x" + Long.toHexString(c.sessionId()) + " from " + c.clientAddress() + " on legacy server "
                        + c.serverId());
            }
            seen.addAll(s.silent());
            seen.forEach(line -> ctx.out().println("  ! " + line));
            boolean news = since != null || lastSighting(ctx.ledger().state())
                    .map(e -> !seen.equals(e.details().get("seen"))).orElse(true);
            if (news) {
                ctx.ledger().append(LedgerEntry.notice(StepNames.QUIET_SESSIONS_SEEN, "", Map.of("seen", seen)));
            }
            if (ctx.ledger().state().has(Milestone.LEGACY_QUIET)) {
                MigrationLifecycle.withdraw(ctx.ledger(), RunnerCommand.QUIET, Map.of("reason",
                        "legacy servers not quiet: " + String.join("; ", seen)));
            }
            return null;
        }
        if (since == null) {
            ctx.ledger().append(LedgerEntry.step(StepNames.QUIET_SINCE, "", LedgerEntry.Status.DONE,
                    Map.of("since", s.at().toString())));
            ctx.out().println("  no session on any legacy server: the quiet period starts now");
            return s.at();
        }
        return since;
    }

    /** The running quiet period's start: the last {@code quiet.since} after the last sighting of sessions. */
    public static Optional<Instant> quietSince(MigrationState state) {
        Instant since = null;
        for (LedgerEntry e : state.entries()) {
            if (e.step().equals(StepNames.QUIET_SINCE) && e.status() == LedgerEntry.Status.DONE) {
                Object at = e.details().get("since");
                since = at == null ? e.at() : Instant.parse(at.toString());
            } else if (e.step().equals(StepNames.notice(StepNames.QUIET_SESSIONS_SEEN))) {
                since = null;
            } else if (e.step().equals(Milestone.LEGACY_QUIET.step()) && e.status() != LedgerEntry.Status.DONE) {
                since = null;
            }
        }
        return Optional.ofNullable(since);
    }

    private static Optional<LedgerEntry> lastSighting(MigrationState state) {
        LedgerEntry last = null;
        for (LedgerEntry e : state.entries()) {
            if (e.step().equals(StepNames.notice(StepNames.QUIET_SESSIONS_SEEN))) {
                last = e;
            }
        }
        return Optional.ofNullable(last);
    }

    /** Every client session on the legacy servers, from their own {@code cons}. */
    public static Sample cons(List<ServerSpec> legacy, Instant at) {
        List<ClientSessions.Connection> sessions = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (ServerSpec s : legacy) {
            try {
                sessions.addAll(ClientSessions.parseCons(s.id(), FourLetterWords.send(s.host(), s.clientPort(), "cons")));
            } catch (IOException e) {
                silent.add("legacy server " + s.id() + " at " + s.host() + ":" + s.clientPort() + " does not answer `cons`"
                        + " (" + e.getMessage() + "): it cannot be seen without sessions");
            }
        }
        return new Sample(at, sessions, silent);
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return (s / 60) + " min";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
