package io.zkmig.runner.ledger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the ledger: a step of the migration and what happened to it. {@code step} names the step
 * class's stable name (e.g. {@code observe.restart-as-observer}), {@code subject} what it acted on
 * (a server id, a client group), {@code details} measured figures and reasons; never a credential.
 * {@code v} is the record format the line was written in ({@link #FORMAT}; 0 for lines written before
 * records carried one); {@code unknown} keeps fields this zkmig does not know (a newer zkmig wrote
 * them), so nothing in a record is lost when it is read. The format: docs/ledger.md.
 */
public record LedgerEntry(int v, long seq, Instant at, String step, String subject, Status status,
                          Map<String, Object> details, Map<String, Object> unknown) {

    /** The record format this zkmig writes. */
    public static final int FORMAT = 1;

    public enum Status { STARTED, DONE, FAILED, ROLLED_BACK }

    public LedgerEntry {
        details = details == null ? Map.of() : unmodifiable(details);
        unknown = unknown == null ? Map.of() : unmodifiable(unknown);
        subject = subject == null ? "" : subject;
    }

    public static LedgerEntry of(String step, String subject, Status status, Map<String, Object> details) {
        return new LedgerEntry(FORMAT, 0, null, step, subject, status, details, Map.of());
    }

    LedgerEntry numbered(long number, Instant time) {
        return new LedgerEntry(FORMAT, number, time, step, subject, status, details, unknown);
    }

    private static Map<String, Object> unmodifiable(Map<String, Object> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
