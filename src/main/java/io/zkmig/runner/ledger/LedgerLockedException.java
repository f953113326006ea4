package io.zkmig.runner.ledger;

/** Another runner holds the migration's lock. */
public final class LedgerLockedException extends RuntimeException {
    public LedgerLockedException(String message) {
        super(message);
    }
}
