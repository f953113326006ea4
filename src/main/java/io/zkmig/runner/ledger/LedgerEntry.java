package io.zkmig.runner.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * One line of the ledger: a step of the migration and what happened to it. {@code step} names the step
 * class's stable name (e.g. {@code observe.restart-as-observer}), {@code subject} what it acted on
 * (a server id, a client group), {@code details} measured figures and reasons; never a credential.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LedgerEntry(long seq, Instant at, String step, String subject, Status status,
                          Map<String, Object> details) {

    public enum Status { STARTED, DONE, FAILED, ROLLED_BACK }

    public LedgerEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
        subject = subject == null ? "" : subject;
    }

    public static LedgerEntry of(String step, String subject, Status status, Map<String, Object> details) {
        return new LedgerEntry(0, null, step, subject, status, details);
    }

    LedgerEntry numbered(long number, Instant time) {
        return new LedgerEntry(number, time, step, subject, status, details);
    }
}
