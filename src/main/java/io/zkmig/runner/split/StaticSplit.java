package io.zkmig.runner.split;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.nodes.NodeChange;
import io.zkmig.nodes.NodeControl;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.StepChain;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.lifecycle.Refusal;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The static split, for legacy ensembles without dynamic reconfiguration (3.4.x, or reconfigEnabled
 * off): every target server is stopped, its configuration rewritten to list the target servers only,
 * and started again. All target servers stop first: a target restarted alone would form a quorum with
 * a second one while the third still forwards writes to the legacy leader, and the writes acknowledged
 * through it would then be lost. So the target is down between the stop and the new quorum: that
 * outage is measured (the probe's longest gap) and reported.
 *
 * <p>Consequences (docs/split.md): the legacy servers go on as an ensemble of their own; the sessions
 * that moved to the target are unknown there from now on and the legacy side expires them (deleting
 * their ephemerals on its side); the two histories diverge, so the target cannot follow the legacy
 * again without wiping its data, and there is no rollback.
 */
public final class StaticSplit {
    public static final String PREFIX = StepNames.STATIC_SPLIT;
    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private StaticSplit() {
    }

    public static SplitReport run(MigrationContext ctx, SplitOptions options, NodeControl nodes) throws Exception {
        List<ServerSpec> targets = ctx.spec().target().servers();
        long t0 = System.nanoTime();
        List<SplitReport.StepFigures> figures;
        ClientImpactProbe probe = null;
        SplitReport.Status status;
        String reason = null;
        ClientImpact impact = null;
        String finalConfig;
        Preconditions preconditions = new Preconditions(targets, options);
        if (!targetOnly(targets)) {
            List<String> problems = preconditions.problems(ctx);
            if (!problems.isEmpty()) {
                throw new Refusal("static split refused by its preconditions (nothing changed)", problems);
            }
        }
        LeaderTimeline timeline = LeaderTimeline.start(targets);
        try {
            List<Step> steps = List.of(preconditions, new RestartTargetOnly(targets, nodes), new Confirm(targets));
            if (!targetOnly(targets) && options.probe() != null) {
                probe = options.probe().get();
                probe.start();
            }
            StepMeasurements measurements = new StepMeasurements(timeline, probe);
            StepChain.Result r = new StepChain(PREFIX, steps.stream().<Step>map(s -> new MeasuredStep(s, measurements))
                    .toList()).run(ctx);
            status = r.succeeded() ? SplitReport.Status.COMPLETED : SplitReport.Status.FAILED;
            reason = r.succeeded() ? null : r.failedStep().name() + ": " + r.failure();
            if (probe != null) {
                probe.settle();
            }
            figures = measurements.close();
            if (probe != null) {
                impact = probe.finish();
            }
            finalConfig = roles(targets);
        } finally {
            timeline.close();
            if (probe != null) {
                probe.close();
            }
        }
        List<String> notes = new ArrayList<>();
        if (impact != null) {
            notes.add("measured outage: " + impact.longestGapMs() + " ms (longest gap between successful client operations"
                    + " on the target while its servers restarted)");
        }
        notes.add("the legacy servers run on as an ensemble of their own: they expire the sessions that moved, and the"
                + " target can no longer follow them without wiping its data (no rollback)");
        SplitReport report = new SplitReport("static split", status, reason, (System.nanoTime() - t0) / 1_000_000,
                timeline.leaderSequence(), timeline.leaderChanges(), timeline.maxSimultaneousLeaders(),
                timeline.longestLeaderlessMs(), List.copyOf(figures), notes, impact, null, List.of(), finalConfig);
        Map<String, Object> details = report.toDetails();
        if (impact != null) {
            details = new LinkedHashMap<>(details);
            details.put("outageMs", impact.longestGapMs());
        }
        ctx.ledger().append(LedgerEntry.report(PREFIX, status == SplitReport.Status.FAILED, details));
        report.print(ctx.out());
        return report;
    }

    /** Every target server serves a configuration of the target servers only, and one of them leads. */
    static boolean targetOnly(List<ServerSpec> targets) {
        Set<Integer> ids = targets.stream().map(ServerSpec::id).collect(Collectors.toSet());
        int leaders = 0;
        for (ServerSpec t : targets) {
            ServerStatus st = io.zkmig.ensemble.ServerProbe.probe(t.id(), t.host(), t.clientPort());
            if (!st.isServing() || st.role() == ServerRole.OBSERVER) {
                return false;
            }
            leaders += st.role() == ServerRole.LEADER ? 1 : 0;
            try {
                EnsembleConfig c = EnsembleConfig.parse(FourLetterWords.send(t.host(), t.clientPort(), "conf"));
                Set<Integer> members = c.members().stream().map(Member::id).collect(Collectors.toSet());
                if (!members.equals(ids) || c.members().stream().anyMatch(m -> m.role() != Role.PARTICIPANT)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return leaders == 1;
    }

    private static String roles(List<ServerSpec> targets) {
        StringBuilder sb = new StringBuilder();
        for (ServerSpec t : targets) {
            ServerStatus st = io.zkmig.ensemble.ServerProbe.probe(t.id(), t.host(), t.clientPort());
            sb.append(sb.isEmpty() ? "" : " ").append(t.id()).append(':').append(st.role().label());
        }
        return sb.toString();
    }

    /** {@code split.static.preconditions}: every client group moved (or forced), every target server serving. */
    static final class Preconditions implements Step {
        private final List<ServerSpec> targets;
        private final SplitOptions options;

        Preconditions(List<ServerSpec> targets, SplitOptions options) {
            this.targets = targets;
            this.options = options;
        }

        @Override
        public String name() {
            return StepNames.of(PREFIX, StepNames.PRECONDITIONS);
        }

        @Override
        public String describe() {
            return "check every client group moved to the target (none can follow the split by itself) and every target"
                    + " server serves";
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            return targetOnly(targets);
        }

        /** What stops the static split now; {@link StaticSplit#run} asks before it starts anything. */
        List<String> problems(MigrationContext ctx) {
            List<String> problems = new ArrayList<>(SplitGates.problemsForUnmoved(ctx.spec(), ctx.ledger().state(),
                    options.force(), true));
            for (ServerSpec t : targets) {
                ServerStatus st = io.zkmig.ensemble.ServerProbe.probe(t.id(), t.host(), t.clientPort());
                if (!st.isServing()) {
                    problems.add("target server " + t.id() + " (" + t.clientAddress() + ") does not serve: " + st.role().label());
                }
            }
            return problems;
        }

        @Override
        public void run(MigrationContext ctx) {
            List<String> problems = problems(ctx);
            if (!problems.isEmpty()) {
                problems.forEach(p -> ctx.out().println("      - " + p));
                throw new IllegalStateException("preconditions not met: " + String.join("; ", problems));
            }
            ctx.out().println("      the target is down from the stop of its servers until they form their own quorum:"
                    + " the outage is measured");
        }
    }

    /** {@code split.static.restart-target-only}: all target servers stop, then start with the target-only membership. */
    static final class RestartTargetOnly implements Step {
        private final List<ServerSpec> targets;
        private final NodeControl nodes;

        RestartTargetOnly(List<ServerSpec> targets, NodeControl nodes) {
            this.targets = targets;
            this.nodes = nodes;
        }

        @Override
        public String name() {
            return StepNames.of(PREFIX, StepNames.RESTART_TARGET_ONLY);
        }

        @Override
        public String describe() {
            return "stop every target server, rewrite its membership to " + targets.stream().map(ServerSpec::id).toList()
                    + " as participants, start them";
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            return targetOnly(targets);
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            List<Member> members = targets.stream().map(t -> Member.of(t, Role.PARTICIPANT)).toList();
            // All stop before any restarts: no target may keep forwarding writes to the legacy leader
            // while others already form the new ensemble.
            parallel(targets, t -> nodes.stop(t));
            ctx.out().println("      every target server stopped");
            parallel(targets, t -> nodes.restart(t, NodeChange.keepData(members, "static split: the target runs on its own")));
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!targetOnly(targets) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (!targetOnly(targets)) {
                throw new IllegalStateException("the target servers did not form their own quorum within "
                        + START_TIMEOUT.toSeconds() + " s: " + roles(targets));
            }
            ctx.out().println("      the target serves on its own: " + roles(targets));
        }
    }

    /** {@code split.static.confirm}: records SPLIT_COMPLETE (static). */
    static final class Confirm implements Step {
        private final List<ServerSpec> targets;

        Confirm(List<ServerSpec> targets) {
            this.targets = targets;
        }

        @Override
        public String name() {
            return StepNames.of(PREFIX, StepNames.CONFIRM);
        }

        @Override
        public String describe() {
            return "confirm the target serves on its own; record SPLIT_COMPLETE (static: no rollback)";
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            return ctx.ledger().state().has(Milestone.SPLIT_COMPLETE) && targetOnly(targets);
        }

        @Override
        public void run(MigrationContext ctx) {
            if (!targetOnly(targets)) {
                throw new IllegalStateException("the target does not serve on its own: " + roles(targets));
            }
            ctx.ledger().append(LedgerEntry.milestone(Milestone.SPLIT_COMPLETE, LedgerEntry.Status.DONE,
                    Map.of("static", true, "servers", roles(targets))));
        }
    }

    private interface ServerAction {
        void apply(ServerSpec s) throws Exception;
    }

    private static void parallel(List<ServerSpec> servers, ServerAction action) throws Exception {
        List<CompletableFuture<Void>> fs = servers.stream().map(s -> CompletableFuture.runAsync(() -> {
            try {
                action.apply(s);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        })).toList();
        try {
            CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }
}
