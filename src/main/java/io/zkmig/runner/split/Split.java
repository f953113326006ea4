package io.zkmig.runner.split;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import java.util.List;

/**
 * The split, and the way back: entry points for the CLI and the demo. What the recorded state must hold first
 * (verify passed, the split not static, ...) is the migration lifecycle's to say ({@code MigrationLifecycle});
 * these check the live state (the gates) and refuse before anything changes.
 *
 * <ul>
 *   <li>{@link #dynamic}: target servers promoted to participants one at a time, legacy servers removed,
 *   followers first, the leader last: exactly one leader change, announced before it happens.</li>
 *   <li>{@link #rollback}: the same handover the other way, while the legacy servers still run (they
 *   stay on as non-voting followers after the split).</li>
 *   <li>{@link StaticSplit}: for legacy ensembles without dynamic reconfiguration.</li>
 * </ul>
 */
public final class Split {
    public static final String PREFIX = StepNames.SPLIT;
    public static final String ROLLBACK_PREFIX = StepNames.SPLIT_ROLLBACK;

    private Split() {
    }

    /**
     * Where the admin session sits: on the legacy servers (docs/split.md, sharp edges), while any of them serves.
     * Once none does (after a reboot that followed the split, removed servers cannot start: ZooKeeper left them a
     * configuration without themselves), the target servers answer the reads that show the split is done.
     */
    static List<io.zkmig.spec.ServerSpec> adminServers(io.zkmig.spec.MigrationSpec spec) {
        boolean legacyServes = spec.legacy().servers().stream()
                .anyMatch(s -> io.zkmig.ensemble.FourLetterWords.isServing(s.host(), s.clientPort()));
        return legacyServes ? spec.legacy().servers() : spec.target().servers();
    }

    public static SplitReport dynamic(MigrationContext ctx, SplitOptions options) throws Exception {
        List<HandoverSteps.Gate> gates = List.of(SplitGates.versions(), SplitGates.clientsMoved(options.force(), false),
                HandoverSteps.liveGate());
        return new HandoverRun("split", PREFIX, ctx.spec().legacy().servers(), ctx.spec().target().servers(),
                adminServers(ctx.spec()), gates,
                Milestone.SPLIT_COMPLETE, LedgerEntry.Status.DONE, options).run(ctx);
    }

    /**
     * Makes the legacy servers the ensemble again after a dynamic split (complete, paused or failed):
     * each legacy server promoted back one at a time, the target servers removed, the target leader last.
     * The target servers keep following as non-voting followers, as after observe.
     */
    public static SplitReport rollback(MigrationContext ctx, SplitOptions options) throws Exception {
        List<HandoverSteps.Gate> gates = List.of(HandoverSteps.liveGate());
        return new HandoverRun("split rollback", ROLLBACK_PREFIX, ctx.spec().target().servers(),
                ctx.spec().legacy().servers(), ctx.spec().legacy().servers(), gates, Milestone.SPLIT_COMPLETE, LedgerEntry.Status.ROLLED_BACK, options)
                .run(ctx);
    }
}
