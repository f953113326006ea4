package io.zkmig.cli;

/** zkmig's exit codes, the same for every command (listed in {@code zkmig --help}). */
public final class ExitCodes {
    public static final int OK = 0;
    /** The command ran and found problems: a FAIL in preflight, differences in verify, a failed step. */
    public static final int CHECK_FAILED = 1;
    /** Bad command line (picocli's own code). */
    public static final int USAGE = 2;
    /** The spec file is missing or invalid. */
    public static final int INVALID_SPEC = 3;
    /** ZooKeeper servers (or another service the command needs) could not be reached. */
    public static final int UNREACHABLE = 4;
    /** Another runner holds this migration's lock, or the recorded state does not allow the command yet. */
    public static final int REFUSED = 5;
    /** A bug or an unexpected failure. */
    public static final int INTERNAL = 70;

    public static final String[] HELP_LIST = {
        "0:success",
        "1:the command ran and found problems (preflight FAIL, verify differences, a failed step)",
        "2:usage error",
        "3:invalid or missing spec",
        "4:servers unreachable",
        "5:refused: another runner holds the lock, or the recorded state does not allow it yet",
        "70:internal error",
    };

    private ExitCodes() {
    }
}
