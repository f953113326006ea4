package io.zkmig.runner.ledger;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One record of the ledger (one line of {@code ledger.jsonl}; the format: docs/ledger.md). Records are made
 * only by the typed factories below ({@link #step}, {@link #milestone}, {@link #cutoverMark}, {@link #reconfig},
 * {@link #report}, {@link #notice}), with names from {@link StepNames}, and written by {@link Ledger#append}.
 * {@code step} is the record's stable name, {@code subject} what it acted on (a server id, a client group; ""
 * for the whole migration), {@code details} measured figures and reasons, never a credential. {@code v} is
 * the record format the line was written in ({@link #FORMAT}; 0 for lines written before records carried
 * one); {@code unknown} keeps the fields this zkmig does not know (a newer zkmig wrote them).
 */
public record LedgerEntry(int v, long seq, Instant at, Kind kind, String step, String subject, Status status,
                          Map<String, Object> details, Map<String, Object> unknown) {

    /** The record format this zkmig writes. */
    public static final int FORMAT = 1;

    public enum Status { STARTED, DONE, FAILED, ROLLED_BACK }

    /** What a record is about. */
    public enum Kind {
        /** A runner step: STARTED, then DONE (with {@code skipped} when already in effect) or FAILED. */
        STEP,
        /** A milestone reached (DONE), withdrawn (ROLLED_BACK) or found no longer true (FAILED). */
        MILESTONE,
        /** A client group marked moved (DONE) or unmarked (ROLLED_BACK). */
        CUTOVER_MARK,
        /** A reconfig a stage sent and its resolved outcome (DONE). */
        RECONFIG,
        /** A stage's report at the end of a run (DONE, or FAILED when the run failed). */
        REPORT,
        /** What a step announced to operators before acting (DONE). */
        NOTICE;

        /** As written in the ledger: {@code step}, {@code milestone}, {@code cutover-mark}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> ofLabel(String label) {
            for (Kind k : values()) {
                if (k.label().equals(label)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public LedgerEntry {
        details = details == null ? Map.of() : unmodifiable(details);
        unknown = unknown == null ? Map.of() : unmodifiable(unknown);
        subject = subject == null ? "" : subject;
        kind = kind == null ? StepNames.kindOf(step) : kind;
    }

    /**
     * A runner step's progress. The steps that bring a milestone about ({@code milestone.<name>}) record the
     * milestone itself, so their DONE is the milestone reached.
     */
    public static LedgerEntry step(String name, String subject, Status status, Map<String, Object> details) {
        Kind kind = StepNames.kindOf(name);
        if (kind != Kind.STEP && kind != Kind.MILESTONE) {
            throw new IllegalArgumentException(name + " is a " + kind.label() + " record, not a step's");
        }
        return create(kind, name, subject, status, details);
    }

    public static LedgerEntry milestone(Milestone m, Status status, Map<String, Object> details) {
        return create(Kind.MILESTONE, m.step(), "", status, details);
    }

    /** A client group marked moved to the target ({@code moved}) or unmarked. */
    public static LedgerEntry cutoverMark(String group, boolean moved, Map<String, Object> details) {
        return create(Kind.CUTOVER_MARK, StepNames.CUTOVER_MARK, group, moved ? Status.DONE : Status.ROLLED_BACK, details);
    }

    /** A reconfig {@code stage} sent (subject: the server it was about) and how it ended. */
    public static LedgerEntry reconfig(String stage, String subject, Map<String, Object> details) {
        return create(Kind.RECONFIG, StepNames.reconfig(stage), subject, Status.DONE, details);
    }

    public static LedgerEntry report(String stage, boolean failed, Map<String, Object> details) {
        return create(Kind.REPORT, StepNames.report(stage), "", failed ? Status.FAILED : Status.DONE, details);
    }

    /** What step {@code stepName} announced before acting (e.g. the leader change and who holds latches). */
    public static LedgerEntry notice(String stepName, String subject, Map<String, Object> details) {
        return create(Kind.NOTICE, StepNames.notice(stepName), subject, Status.DONE, details);
    }

    /** A record by name alone, its kind following from the name. Use the typed factories. */
    @Deprecated(forRemoval = true)
    public static LedgerEntry of(String step, String subject, Status status, Map<String, Object> details) {
        return create(StepNames.kindOf(step), step, subject, status, details);
    }

    /** The milestone a {@link Kind#MILESTONE} record is about (empty for other kinds, or one a newer zkmig knows). */
    public Optional<Milestone> milestone() {
        return kind == Kind.MILESTONE ? Milestone.ofStep(step) : Optional.empty();
    }

    /** The record as {@link Ledger#append} numbers it; for ledgers other than the file (and tests). */
    public LedgerEntry numbered(long number, Instant time) {
        return new LedgerEntry(FORMAT, number, time, kind, step, subject, status, details, unknown);
    }

    private static LedgerEntry create(Kind kind, String name, String subject, Status status, Map<String, Object> details) {
        return new LedgerEntry(FORMAT, 0, null, kind, name, subject, status, details, Map.of());
    }

    private static Map<String, Object> unmodifiable(Map<String, Object> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
