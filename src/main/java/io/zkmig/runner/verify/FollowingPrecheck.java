package io.zkmig.runner.verify;

import io.zkmig.runner.lifecycle.Commands;
import io.zkmig.runner.observe.ObserverState;
import io.zkmig.runner.status.LiveView;
import io.zkmig.spec.MigrationSpec;
import java.time.Duration;
import java.util.Optional;

/**
 * Verify refuses at once, before reading any tree, when the target servers do not follow the legacy ensemble:
 * parity cannot hold then, and what brings them back is {@code zkmig observe}, not another verify. Servers that are
 * only starting up (syncing) get a short while to finish.
 */
final class FollowingPrecheck {
    /** How long servers that are up but still syncing may take before verify refuses. */
    static final Duration SETTLE = Duration.ofSeconds(10);

    /** Thrown by {@link ParityCheck#run} instead of comparing anything. */
    static final class NotFollowing extends IllegalStateException {
        NotFollowing(String message) {
            super(message);
        }
    }

    private FollowingPrecheck() {
    }

    static void require(MigrationSpec spec, Duration settle) throws InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        while (true) {
            LiveView v = LiveView.read(spec);
            Optional<String> off = v.notFollowing();
            if (off.isEmpty()) {
                return;
            }
            boolean onlyStarting = v.legacyLeads() && v.targets().stream()
                    .allMatch(t -> t.state().observing() || t.state() == ObserverState.SYNCING);
            if (!onlyStarting || System.nanoTime() > deadline) {
                String remedy = "run " + Commands.OBSERVE.instruction(spec) + " (it restarts each target server as"
                        + " observer), then " + Commands.VERIFY.instruction(spec) + " again";
                throw new NotFollowing("parity cannot be checked, the target servers do not follow the legacy ensemble: "
                        + off.get() + "; " + (v.legacyLeads() ? remedy : "start the legacy servers, then " + remedy));
            }
            Thread.sleep(200);
        }
    }
}
