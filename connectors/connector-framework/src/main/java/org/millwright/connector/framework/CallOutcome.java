package org.millwright.connector.framework;

/**
 * How one call through the framework ended, as seen by the caller after all retries; the value of the
 * {@code outcome} tag of {@value ResilientConnectors#CALLS_METER}.
 */
public enum CallOutcome {
    /** The system answered. */
    SUCCESS("success"),
    /** The system failed retriably (5xx, 429, refused connection, timeout) and retries were exhausted. */
    RETRIABLE("retriable"),
    /** The system refused the request for good (validation, 4xx semantics), or the adapter failed unclassified. */
    PERMANENT("permanent"),
    /** The circuit breaker was open: the system was not called. */
    REJECTED_OPEN_CIRCUIT("rejected-open-circuit"),
    /** The bulkhead was full for longer than its maximum wait: the system was not called. */
    REJECTED_BULKHEAD("rejected-bulkhead"),
    /** The rate limit was used up for longer than its maximum wait: the system was not called. */
    REJECTED_RATE_LIMIT("rejected-rate-limit");

    private final String tag;

    CallOutcome(String tag) {
        this.tag = tag;
    }

    /** The metric tag value, e.g. {@code rejected-open-circuit}. */
    public String tag() {
        return tag;
    }
}
