package org.millwright.connector.rest.internal.template;

/** A template could not be filled with a call's values (a value has no entry in a table, say); a permanent failure. */
public final class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }
}
