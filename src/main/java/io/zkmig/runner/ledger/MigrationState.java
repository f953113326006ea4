package io.zkmig.runner.ledger;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the ledger says has happened: milestones reached and the last status of each step. */
public final class MigrationState {
    private final Map<String, LedgerEntry> lastByStepAndSubject;
    private final Set<Milestone> milestones;
    private final List<LedgerEntry> entries;

    private MigrationState(List<LedgerEntry> entries) {
        this.entries = List.copyOf(entries);
        this.lastByStepAndSubject = new HashMap<>();
        for (LedgerEntry e : entries) {
            lastByStepAndSubject.put(key(e.step(), e.subject()), e);
        }
        this.milestones = EnumSet.noneOf(Milestone.class);
        for (Milestone m : Milestone.values()) {
            LedgerEntry last = lastByStepAndSubject.get(key(m.step(), ""));
            if (last != null && last.kind() == LedgerEntry.Kind.MILESTONE && last.status() == LedgerEntry.Status.DONE) {
                milestones.add(m);
            }
        }
    }

    public static MigrationState of(List<LedgerEntry> entries) {
        return new MigrationState(entries);
    }

    public static MigrationState empty() {
        return new MigrationState(List.of());
    }

    public boolean has(Milestone m) {
        return milestones.contains(m);
    }

    public Set<Milestone> milestones() {
        return EnumSet.copyOf(milestones.isEmpty() ? EnumSet.noneOf(Milestone.class) : milestones);
    }

    /** The last entry of a step for a subject ("" for none). */
    public Optional<LedgerEntry> last(String step, String subject) {
        return Optional.ofNullable(lastByStepAndSubject.get(key(step, subject)));
    }

    public boolean isDone(String step, String subject) {
        return last(step, subject).map(e -> e.status() == LedgerEntry.Status.DONE).orElse(false);
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    /** The records of one kind, oldest first. */
    public List<LedgerEntry> entries(LedgerEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    private static String key(String step, String subject) {
        return step + "\u0000" + subject;
    }
}
