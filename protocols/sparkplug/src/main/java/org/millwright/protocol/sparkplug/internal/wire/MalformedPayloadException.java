package org.millwright.protocol.sparkplug.internal.wire;

/** Bad wire data: the bytes are not a usable Sparkplug B payload. The message names the problem. */
public final class MalformedPayloadException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedPayloadException(String message) {
        super(message);
    }

    MalformedPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
