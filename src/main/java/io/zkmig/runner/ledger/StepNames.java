package io.zkmig.runner.ledger;

import java.util.regex.Pattern;

/**
 * Every name a ledger record carries is built here and nowhere else: {@code <stage>.<action>}, lower case
 * with hyphens (e.g. {@code observe.restart-as-observer}, {@code split-rollback.promote}). The names are
 * the ledger's vocabulary: once written, a name never changes (old ledgers must still read), so a step is
 * renamed only by adding a name. Which kind of record a name is follows from it ({@link #kindOf}), which
 * is how lines written before records carried a kind are read.
 */
public final class StepNames {
    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    // stages: the first part of every name
    public static final String MILESTONE = "milestone";
    public static final String OBSERVE = "observe";
    public static final String VERIFY = "verify";
    public static final String CUTOVER = "cutover";
    public static final String ROLLBACK = "rollback";
    public static final String SPLIT = "split";
    public static final String SPLIT_ROLLBACK = "split-rollback";
    public static final String STATIC_SPLIT = of(SPLIT, "static");
    public static final String QUIET = "quiet";
    public static final String DISCONNECT = "disconnect";
    public static final String DECOMMISSION = "decommission";
    /** A legacy volume's EBS snapshot, taken, completed and verified (subject: the volume id). */
    public static final String SNAPSHOT = of(DECOMMISSION, "snapshot");

    // the quiet period before disconnect: when the legacy servers were first seen without a session since the last
    // session seen on them (a notice of that name records each sighting)
    public static final String QUIET_SINCE = of(QUIET, "since");
    public static final String QUIET_SESSIONS_SEEN = of(QUIET, "sessions-seen");
    // disconnect: the checks after the bridge's removal
    public static final String DISCONNECT_CONFIRM = of(DISCONNECT, "confirm");
    // decommission: the live checks before any snapshot
    public static final String DECOMMISSION_PRECONDITIONS = of(DECOMMISSION, "preconditions");
    public static final String TAKE_SNAPSHOTS = of(DECOMMISSION, "take-snapshots");

    // observe (subject: the target server's id)
    public static final String STOP_OWN_ENSEMBLE = of(OBSERVE, "stop-own-ensemble");
    public static final String REGISTER_OBSERVER = of(OBSERVE, "register-observer");
    public static final String RESTART_AS_OBSERVER = of(OBSERVE, "restart-as-observer");
    public static final String AWAIT_CAUGHT_UP = of(OBSERVE, "await-caught-up");
    // verify
    public static final String VERIFY_PARITY = of(VERIFY, "parity");
    /** A client group's cutover mark (subject: the group): DONE when marked moved, ROLLED_BACK when unmarked. */
    public static final String CUTOVER_MARK = of(CUTOVER, "group");
    // the observe stage's rollback (subject: the target server's id)
    public static final String ROLLBACK_UNREGISTER_OBSERVER = of(ROLLBACK, "unregister-observer");
    public static final String ROLLBACK_STOP_OBSERVER = of(ROLLBACK, "stop-observer");
    public static final String ROLLBACK_RESTORE_TARGET = of(ROLLBACK, "restore-target");
    public static final String ROLLBACK_WITHDRAW_MILESTONES = of(ROLLBACK, "withdraw-milestones");

    // the split's actions, under SPLIT, SPLIT_ROLLBACK or STATIC_SPLIT: of(stage, action)
    public static final String PRECONDITIONS = "preconditions";
    public static final String PROMOTE = "promote";
    public static final String REMOVE_FOLLOWER = "remove-follower";
    public static final String ANNOUNCE_LEADER_CHANGE = "announce-leader-change";
    public static final String PAUSE_BEFORE_LEADER = "pause-before-leader";
    public static final String REMOVE_LEADER = "remove-leader";
    public static final String RESTART_TARGET_ONLY = "restart-target-only";
    public static final String CONFIRM = "confirm";

    private static final String RECONFIG = "reconfig";
    private static final String REPORT = "report";
    private static final String NOTICE = "notice";

    private StepNames() {
    }

    /** {@code <stage>.<action>}; both lower case words with hyphens (a stage may itself have dots). */
    public static String of(String stage, String action) {
        if (stage == null || action == null || !PART.matcher(stage).matches() || !PART.matcher(action).matches()) {
            throw new IllegalArgumentException("a ledger name is <stage>.<action> in lower case words with hyphens, not "
                    + stage + "." + action);
        }
        return stage + "." + action;
    }

    /** The record of a milestone: {@code milestone.<name>}, e.g. {@code milestone.target-observing}. */
    public static String milestone(Milestone m) {
        return of(MILESTONE, m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** A reconfig a stage sent: {@code <stage>.reconfig}. */
    public static String reconfig(String stage) {
        return of(stage, RECONFIG);
    }

    /** A stage's report: {@code <stage>.report}. */
    public static String report(String stage) {
        return of(stage, REPORT);
    }

    /** What a step announced to operators: {@code <step>.notice}. */
    public static String notice(String step) {
        return of(step, NOTICE);
    }

    /** The kind of record a name is: how a line without {@code kind} (format 0) is read. */
    public static LedgerEntry.Kind kindOf(String name) {
        if (name.startsWith(MILESTONE + ".")) {
            return LedgerEntry.Kind.MILESTONE;
        }
        if (name.equals(CUTOVER_MARK)) {
            return LedgerEntry.Kind.CUTOVER_MARK;
        }
        if (name.endsWith("." + RECONFIG)) {
            return LedgerEntry.Kind.RECONFIG;
        }
        if (name.endsWith("." + REPORT)) {
            return LedgerEntry.Kind.REPORT;
        }
        if (name.endsWith("." + NOTICE)) {
            return LedgerEntry.Kind.NOTICE;
        }
        return LedgerEntry.Kind.STEP;
    }
}
