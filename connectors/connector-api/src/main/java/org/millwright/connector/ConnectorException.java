package org.millwright.connector;

import java.util.Objects;

/**
 * A call to a system of record failed. Every adapter classifies its failures: {@link Kind#RETRIABLE}
 * (timeouts, refused connections, 429, 5xx — the same call may succeed later) or {@link Kind#PERMANENT}
 * (validation and other 4xx semantics — retrying the same request cannot help). The system's own error
 * text is kept verbatim in {@link #upstreamMessage()}.
 */
public class ConnectorException extends RuntimeException {
    public enum Kind { RETRIABLE, PERMANENT }

    private final Kind kind;
    private final String system;
    private final String operation;
    private final String upstreamMessage;

    public ConnectorException(Kind kind, String system, String operation, String upstreamMessage, Throwable cause) {
        super(system + " " + operation + " failed (" + kind.name().toLowerCase() + "): " + upstreamMessage, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.system = Objects.requireNonNull(system, "system");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.upstreamMessage = Objects.requireNonNull(upstreamMessage, "upstreamMessage");
    }

    public static ConnectorException retriable(String system, String operation, String message, Throwable cause) {
        return new ConnectorException(Kind.RETRIABLE, system, operation, message, cause);
    }

    public static ConnectorException permanent(String system, String operation, String message) {
        return new ConnectorException(Kind.PERMANENT, system, operation, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRetriable() {
        return kind == Kind.RETRIABLE;
    }

    public String system() {
        return system;
    }

    public String operation() {
        return operation;
    }

    public String upstreamMessage() {
        return upstreamMessage;
    }
}
