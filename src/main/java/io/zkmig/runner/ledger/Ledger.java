package io.zkmig.runner.ledger;

import java.util.List;

/**
 * The durable, append-only record of what has actually happened in a migration (the spec's stage is
 * only what is desired). Implementations: {@link FileLedger} in the migration's state folder; an S3
 * ledger later. Appends are durable when the call returns.
 */
public interface Ledger extends AutoCloseable {

    /** Appends an entry, numbering and timestamping it; durable on return. */
    LedgerEntry append(LedgerEntry entry);

    /** Every entry, oldest first. */
    List<LedgerEntry> entries();

    default MigrationState state() {
        return MigrationState.of(entries());
    }

    @Override
    void close();
}
