package io.zkmig.runner.ledger;

import java.util.List;

/**
 * The durable, append-only record of what has actually happened in a migration (the spec's stage is
 * only what is desired). Implementations: {@link FileLedger} in the migration's state folder; io.zkmig.cloud's
 * S3Ledger, one S3 object written by conditional puts. The format of a record: docs/ledger.md.
 *
 * <p>The contract every implementation keeps:
 * <ul>
 *   <li>{@link #append} numbers the record ({@code seq} = the number of records so far + 1), timestamps it,
 *       and returns only once it is durable (fsynced, or acknowledged by a conditional write). When it
 *       throws, the record may or may not be there, but no earlier record is changed.</li>
 *   <li>Records are never rewritten, reordered or removed. {@link #entries} returns every record ever
 *       appended, oldest first, with fields this zkmig does not know kept ({@link LedgerEntry#unknown}).</li>
 *   <li>A record that cannot be read is refused ({@link LedgerDamagedException}, with where it is), never
 *       skipped; only an append that never completed (a torn last line) may be set aside, and it is kept.</li>
 *   <li>One writer at a time: opening for writing takes the migration's lock, a second writer gets
 *       {@link LedgerLockedException}. Readers need no lock and change nothing.</li>
 * </ul>
 */
public interface Ledger extends AutoCloseable {

    /** Appends a record, numbering and timestamping it; durable on return. */
    LedgerEntry append(LedgerEntry entry);

    /** Every record, oldest first. */
    List<LedgerEntry> entries();

    default MigrationState state() {
        return MigrationState.of(entries());
    }

    @Override
    void close();
}
