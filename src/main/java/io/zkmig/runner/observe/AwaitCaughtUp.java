package io.zkmig.runner.observe;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ServerStep;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.ServerSpec;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Waits until one target server serves the legacy data up to the legacy leader's zxid as it was when the wait
 * began (under load the leader moves on; the server then trails it by a few in-flight transactions), showing
 * a progress bar of znodes synced. Fails if the legacy ensemble loses its leader meanwhile.
 */
final class AwaitCaughtUp extends ServerStep {
    static final String NAME = StepNames.AWAIT_CAUGHT_UP;
    private static final Duration POLL = Duration.ofMillis(200);
    /** A server down this long is not catching up: its process is gone, waiting longer cannot help. */
    static final Duration DOWN_LIMIT = Duration.ofSeconds(10);

    private final ServerSpec target;
    private final ObserveOptions options;

    AwaitCaughtUp(ServerSpec target, ObserveOptions options) {
        super(target.id());
        this.target = target;
        this.options = options;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return "wait until target server " + target.id() + " has caught up with the legacy leader";
    }

    @Override
    public boolean isDone(MigrationContext ctx) {
        LegacyView legacy = LegacyView.read(ctx.spec());
        return TargetObservation.of(target, legacy).caughtUpTo(legacy.leaderZxid());
    }

    @Override
    public void run(MigrationContext ctx) throws Exception {
        LegacyView legacy = LegacyView.read(ctx.spec());
        long goal = legacy.leaderZxid();
        long znodes = legacy.leaderStatus().znodeCount() == null ? 1 : legacy.leaderStatus().znodeCount();
        long t0 = System.nanoTime();
        long deadline = t0 + options.catchUpTimeout().toNanos();
        ProgressBar bar = bar(ctx, znodes);
        long downSince = -1;
        try {
            while (true) {
                TargetObservation now = TargetObservation.of(target, legacy);
                downSince = now.state() == ObserverState.DOWN ? (downSince < 0 ? System.nanoTime() : downSince) : -1;
                if (downSince >= 0 && System.nanoTime() - downSince > DOWN_LIMIT.toNanos()) {
                    throw new IllegalStateException("target server " + target.id() + " (" + target.clientAddress()
                            + ") has been down for " + DOWN_LIMIT.toSeconds() + " s: its process exited (see its log); "
                            + "run zkmig observe again to restart it as observer");
                }
                if (bar != null) {
                    bar.stepTo(now.status().znodeCount() == null ? 0 : Math.min(znodes, now.status().znodeCount()));
                    bar.setExtraMessage(now.state() == ObserverState.SYNCING ? "syncing"
                            : "zxid " + now.status().zxidHex() + " / 0x" + Long.toHexString(goal));
                }
                if (now.caughtUpTo(goal)) {
                    if (bar != null) {
                        bar.stepTo(znodes);
                        bar.close();
                        bar = null;
                    }
                    ctx.out().printf("%n    server %d caught up in %d ms: zxid %s (legacy leader at 0x%s when the wait began), "
                                    + "%s znodes, %s%n", target.id(), (System.nanoTime() - t0) / 1_000_000,
                            now.status().zxidHex(), Long.toHexString(goal), now.status().znodeCount(), now.state().label());
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("target server " + target.id() + " did not catch up within "
                            + options.catchUpTimeout() + ": " + now.state().label() + ", zxid " + now.status().zxidHex()
                            + ", legacy leader at 0x" + Long.toHexString(goal));
                }
                Thread.sleep(POLL.toMillis());
                legacy = LegacyView.read(ctx.spec());
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private ProgressBar bar(MigrationContext ctx, long max) {
        if (!options.progressBar()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("server " + target.id()).setInitialMax(max).setUnit(" znodes", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(ctx.out(), 100)).build();
    }
}
