package io.zkmig.runner.probe;

import java.util.concurrent.atomic.AtomicLong;

/** Longest interval between consecutive successes of one kind of operation. */
final class GapTracker {
    /** 0 until the first success: the time before it is start-up, not a gap. */
    private final AtomicLong lastSuccessNanos = new AtomicLong();
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong successes = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    void success() {
        long now = System.nanoTime();
        long previous = lastSuccessNanos.getAndSet(now);
        if (previous != 0) {
            longestNanos.accumulateAndGet(now - previous, Math::max);
        }
        successes.incrementAndGet();
    }

    void failure() {
        failures.incrementAndGet();
    }

    /** Starts measuring afresh (e.g. right before a split) without losing counts. */
    void resetGap() {
        lastSuccessNanos.set(System.nanoTime());
        longestNanos.set(0);
    }

    long longestMs() {
        return longestNanos.get() / 1_000_000;
    }

    long successes() {
        return successes.get();
    }

    long failures() {
        return failures.get();
    }
}
