package io.zkmig.runner.observe;

import java.time.Duration;

/**
 * How observe runs. {@code registerObservers} lists the target servers in the legacy's /zookeeper/config as
 * observers once synced (off by default: Curator's EnsembleTracker would then move clients onto them before
 * their planned cutover). {@code catchUpTimeout} bounds the wait for each server to catch up.
 */
public record ObserveOptions(boolean registerObservers, Duration catchUpTimeout, boolean progressBar) {
    public static ObserveOptions defaults() {
        return new ObserveOptions(false, Duration.ofMinutes(30), true);
    }
}
