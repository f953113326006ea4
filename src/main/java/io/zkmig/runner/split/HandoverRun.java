package io.zkmig.runner.split;

import io.zkmig.ensemble.Member;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.StepChain;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.lifecycle.Refusal;
import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one voter handover end to end: plans it from the live state, runs the chain up to the leader
 * change, pauses there if asked (once), runs the leader change and the confirmation, and reports. The
 * plan is made afresh on every run, so a rerun after a crash or a pause continues from the world as it is.
 */
final class HandoverRun {
    private final String mode;
    private final String prefix;
    private final List<ServerSpec> from;
    private final List<ServerSpec> to;
    private final List<ServerSpec> adminServers;
    private final List<HandoverSteps.Gate> gates;
    private final Milestone milestone;
    private final LedgerEntry.Status milestoneStatus;
    private final SplitOptions options;

    HandoverRun(String mode, String prefix, List<ServerSpec> from, List<ServerSpec> to, List<ServerSpec> adminServers,
                List<HandoverSteps.Gate> gates, Milestone milestone, LedgerEntry.Status milestoneStatus, SplitOptions options) {
        this.mode = mode;
        this.prefix = prefix;
        this.from = from;
        this.to = to;
        this.adminServers = adminServers;
        this.gates = gates;
        this.milestone = milestone;
        this.milestoneStatus = milestoneStatus;
        this.options = options;
    }

    SplitReport run(MigrationContext ctx) throws Exception {
        long t0 = System.nanoTime();
        List<SplitReport.StepFigures> figures = List.of();
        SplitReport.Status status;
        String reason = null;
        ClientImpact impact = null;
        List<String> announcement = null;
        String finalConfig = null;
        List<ClientSessions.Connection> before;
        LeaderTimeline timeline;
        ClientImpactProbe probe = null;
        try (HandoverContext h = new HandoverContext(prefix, from, to, adminServers, ctx.superPassword(), options)) {
            timeline = LeaderTimeline.start(h.all());
            try {
                before = ClientSessions.connections(from);
                EnsembleView view = h.view();
                ctx.out().println(mode + ": " + view.summary());
                HandoverSteps.Preconditions preconditions = new HandoverSteps.Preconditions(h, gates);
                if (!h.complete(view)) {
                    List<String> problems = preconditions.problems(ctx);
                    if (!problems.isEmpty()) {
                        throw new Refusal(mode + " refused by its preconditions (nothing changed)", problems);
                    }
                }
                if (!h.complete(view) && options.probe() != null) {
                    probe = options.probe().get();
                    probe.start();
                }
                StepMeasurements measurements = new StepMeasurements(timeline, probe);
                List<Step> planned = HandoverSteps.plan(h, view, l -> new HandoverSteps.AnnounceLeaderChange(h, l));
                List<Step> first = new ArrayList<>();
                List<Step> second = new ArrayList<>();
                first.add(preconditions);
                boolean pastAnnounce = false;
                for (Step s : planned) {
                    (pastAnnounce ? second : first).add(s);
                    pastAnnounce |= s instanceof HandoverSteps.AnnounceLeaderChange;
                }
                second.add(new HandoverSteps.Confirm(h, milestone, milestoneStatus));
                Optional<String> leaderSubject = planned.stream().filter(s -> s instanceof HandoverSteps.RemoveLeader)
                        .map(Step::subject).findFirst();

                StepChain.Result r = new StepChain(prefix, wrap(first, measurements)).run(ctx);
                if (!r.succeeded()) {
                    status = SplitReport.Status.FAILED;
                    reason = r.failedStep().name() + ": " + r.failure();
                } else if (options.pauseBeforeLeader() && leaderSubject.isPresent()
                        && !ctx.ledger().state().isDone(StepNames.of(prefix, StepNames.PAUSE_BEFORE_LEADER), leaderSubject.get())) {
                    ctx.ledger().append(LedgerEntry.step(StepNames.of(prefix, StepNames.PAUSE_BEFORE_LEADER),
                            leaderSubject.get(), LedgerEntry.Status.DONE, Map.of("paused", true)));
                    status = SplitReport.Status.PAUSED;
                    reason = "paused before the leader change (--pause-before-leader); run the same command again to"
                            + " remove server " + leaderSubject.get() + " and finish";
                } else {
                    StepChain.Result r2 = new StepChain(prefix, wrap(second, measurements)).run(ctx);
                    status = r2.succeeded() ? SplitReport.Status.COMPLETED : SplitReport.Status.FAILED;
                    reason = r2.succeeded() ? null : r2.failedStep().name() + ": " + r2.failure();
                }
                announcement = h.notice() == null ? null : h.notice().lines(ctx.spec().clients());
                if (probe != null) {
                    probe.settle();
                }
                figures = measurements.close();
                if (probe != null) {
                    impact = probe.finish();
                }
                try {
                    EnsembleView end = h.view();
                    finalConfig = "v" + end.config().versionHex() + " voters " + end.voters().stream().map(Member::id).toList()
                            + ", leader " + end.leader().map(String::valueOf).orElse("none");
                } catch (Exception e) {
                    finalConfig = "unreadable: " + e.getMessage();
                }
            } finally {
                timeline.close();
                if (probe != null) {
                    probe.close();
                }
            }
            List<String> notes = new ArrayList<>();
            for (GuardedReconfig.Outcome o : h.outcomes()) {
                o.notes().forEach(n -> notes.add(o.change() + ": " + n));
            }
            List<String> moves = SessionMoves.lines(before, ClientSessions.connections(h.all()), ctx.spec().clients(),
                    h.fromIds(), ConnectString.of(to));
            SplitReport report = new SplitReport(mode, status, reason, (System.nanoTime() - t0) / 1_000_000,
                    timeline.leaderSequence(), timeline.leaderChanges(), timeline.maxSimultaneousLeaders(),
                    timeline.longestLeaderlessMs(), figures, notes, impact, announcement, moves, finalConfig);
            ctx.ledger().append(LedgerEntry.report(prefix, status == SplitReport.Status.FAILED, report.toDetails()));
            report.print(ctx.out());
            return report;
        }
    }

    private static List<Step> wrap(List<Step> steps, StepMeasurements measurements) {
        return steps.stream().<Step>map(s -> new MeasuredStep(s, measurements)).toList();
    }
}
