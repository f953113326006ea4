package io.zkmig.cli;

/** The command names something the spec does not (e.g. a client group); maps to exit code {@link ExitCodes#INVALID_SPEC}. */
public final class NotInSpecException extends RuntimeException {
    public NotInSpecException(String message) {
        super(message);
    }
}
