package org.millwright.cli.internal.common;

/** Bad input the user can fix: the message says what and where, and the command exits with code 1. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
