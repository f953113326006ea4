package io.zkmig.cli;

/** zkmig's exit codes, the same for every command (listed in {@code zkmig --help}). */
public final class ExitCodes {
    public static final int OK = 0;
    /** The command ran and found problems: a FAIL in preflight, differences in verify, a failed step. */
    public static final int CHECK_FAILED = 1;
    /** Bad command line (picocli's own code). */
    public static final int USAGE = 2;
    /** The spec file is missing or invalid, or the migration's ledger is damaged (the message names the line). */
    public static final int INVALID_SPEC = 3;
    /** ZooKeeper servers (or another service the command needs) could not be reached. */
    public static final int UNREACHABLE = 4;
    /** Another runner holds this migration's lock, or the recorded state does not allow the command yet. */
    public static final int REFUSED = 5;
    /** A bug or an unexpected failure. */
    public static final int INTERNAL = 70;

    /** The list {@code zkmig --help} prints, in order. */
    public static final java.util.Map<String, String> HELP_LIST = orderedHelpList();

    private static java.util.Map<String, String> orderedHelpList() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(Integer.toString(OK), "success");
        m.put(Integer.toString(CHECK_FAILED), "the command ran and found problems (preflight FAIL, verify differences, a failed step)");
        m.put(Integer.toString(USAGE), "usage error");
        m.put(Integer.toString(INVALID_SPEC), "invalid or missing spec, or a damaged ledger");
        m.put(Integer.toString(UNREACHABLE), "servers unreachable");
        m.put(Integer.toString(REFUSED), "refused: another runner holds the lock, or the recorded state does not allow it yet");
        m.put(Integer.toString(INTERNAL), "internal error");
        return java.util.Collections.unmodifiableMap(m);
    }

    private ExitCodes() {
    }
}
