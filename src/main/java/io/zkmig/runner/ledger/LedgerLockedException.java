package io.zkmig.runner.ledger;

/** Another runner holds the migration's lock, or wrote the ledger since this runner read it. */
public final class LedgerLockedException extends RuntimeException {
    public LedgerLockedException(String message) {
        super(message);
    }

    /** The one refusal every ledger gives a second runner; {@code what} says which lock or write showed it. */
    public static LedgerLockedException held(String what) {
        return new LedgerLockedException("another zkmig runner is working on this migration (" + what
                + "); wait for it to finish or stop it first");
    }
}
