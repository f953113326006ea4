package io.zkmig.cli;

/** Servers a command needs did not answer; maps to exit code {@link ExitCodes#UNREACHABLE}. */
public final class UnreachableException extends RuntimeException {
    public UnreachableException(String message) {
        super(message);
    }
}
