package io.zkmig.stacks;

/** The spec asks for a stage the migration's recorded state does not allow yet. */
public final class GuardRailException extends RuntimeException {
    public GuardRailException(String message) {
        super(message);
    }
}
