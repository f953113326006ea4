package io.zkmig.runner.decommission;

import io.zkmig.cloud.AwsSession;
import io.zkmig.cloud.Snapshots;
import io.zkmig.ensemble.EnsembleProbe;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.AwsNetwork;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The EBS snapshot of every legacy volume ({@link Snapshots}: tagged, waited for, verified, recorded; a rerun
 * finds them again), then {@code milestone.snapshots-complete}, which {@code cdktf destroy <name>-legacy} waits
 * for. Without {@code legacy.network} there is no volume zkmig knows of: the milestone is recorded with that said,
 * and keeping a copy of the legacy data directories is the operator's.
 */
public final class TakeSnapshots implements Step {
    private final Duration timeout;
    private final boolean progressBar;

    public TakeSnapshots(Duration timeout, boolean progressBar) {
        this.timeout = timeout;
        this.progressBar = progressBar;
    }

    @Override
    public String name() {
        return StepNames.TAKE_SNAPSHOTS;
    }

    @Override
    public String describe() {
        return "snapshot every legacy volume, wait until complete, verify, record";
    }

    @Override
    public boolean isDone(MigrationContext ctx) {
        return ctx.ledger().state().has(Milestone.SNAPSHOTS_COMPLETE);
    }

    @Override
    public void run(MigrationContext ctx) {
        Optional<AwsNetwork> network = ctx.spec().legacy().awsNetwork();
        if (network.isEmpty()) {
            ctx.out().println("  the spec has no legacy.network: no volume to snapshot (keep a copy of the legacy data"
                    + " directories yourself)");
            ctx.ledger().append(LedgerEntry.milestone(Milestone.SNAPSHOTS_COMPLETE, LedgerEntry.Status.DONE,
                    Map.of("snapshots", Map.of(), "note", "no legacy.network: no volume known to zkmig")));
            return;
        }
        Snapshots.Options options = Snapshots.Options.of(lastZxid(ctx)).withTimeout(timeout, Duration.ofSeconds(5));
        if (!progressBar) {
            options = options.withoutProgressBar();
        }
        try (AwsSession aws = AwsSession.of(network.get())) {
            for (Snapshots.Taken t : Snapshots.take(aws.ec2(), ctx.spec(), ctx.ledger(), ctx.out(), options)) {
                ctx.out().printf("  %s of %s (legacy server %d, %d GiB): %s%n", t.snapshotId(), t.volumeId(), t.serverId(),
                        t.sizeGiB(), t.how());
            }
        }
    }

    /** The highest zxid a legacy server still reports, or "unknown" when none answers (they are cut off). */
    private static String lastZxid(MigrationContext ctx) {
        return EnsembleProbe.probe(ctx.spec().legacy().servers()).stream().map(ServerStatus::zxid).filter(Objects::nonNull)
                .max(Long::compare).map(z -> "0x" + Long.toHexString(z)).orElse("unknown");
    }
}
