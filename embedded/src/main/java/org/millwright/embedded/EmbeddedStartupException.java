package org.millwright.embedded;

/**
 * An embedded database or broker could not be started (or stopped cleanly) for a reason the operator can fix:
 * a port already in use, a data directory held by another process, a start-up timeout. The message names the
 * resource and the problem.
 */
public final class EmbeddedStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the port, directory or process involved
     */
    public EmbeddedStartupException(String message) {
        super(message);
    }

    /**
     * @param message what failed, naming the port, directory or process involved
     * @param cause the underlying failure
     */
    public EmbeddedStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
