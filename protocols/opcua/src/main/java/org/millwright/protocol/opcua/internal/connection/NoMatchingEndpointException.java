package org.millwright.protocol.opcua.internal.connection;

/** The server answered, but offers no endpoint with the configured security: a configuration problem. */
public final class NoMatchingEndpointException extends Exception {
    private static final long serialVersionUID = 1L;

    NoMatchingEndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
