package io.zkmig.runner.lifecycle;

import java.util.List;

/**
 * A command refused before it changed anything: by the lifecycle (the recorded state does not allow it
 * yet) or by its own live preconditions. The message says what to do first; the CLI exits 5.
 */
public final class Refusal extends RuntimeException {
    private final List<String> reasons;

    public Refusal(String headline, List<String> reasons) {
        super(headline + (reasons.isEmpty() ? "" : ":\n  - " + String.join("\n  - ", reasons)));
        this.reasons = List.copyOf(reasons);
    }

    public Refusal(String message) {
        super(message);
        this.reasons = List.of(message);
    }

    public List<String> reasons() {
        return reasons;
    }
}
