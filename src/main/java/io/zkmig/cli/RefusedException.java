package io.zkmig.cli;

/** The recorded state does not allow the command yet; maps to exit code {@link ExitCodes#REFUSED}. */
public final class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message);
    }
}
