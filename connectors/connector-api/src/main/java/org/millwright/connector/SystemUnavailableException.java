package org.millwright.connector;

import java.time.Duration;
import java.util.Objects;

/**
 * The system of record is known to be unavailable (its circuit is open): the call was not even attempted. Retriable,
 * but a caller should wait {@link #retryAfter()} rather than spend an attempt: the workflow parks the step durably
 * and runs it again then, without counting it as a failed attempt.
 */
public class SystemUnavailableException extends ConnectorException {
    private final Duration retryAfter;

    public SystemUnavailableException(String system, String operation, String message, Duration retryAfter,
                                      Throwable cause) {
        super(Kind.RETRIABLE, system, operation, message, cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long until the system may be asked again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
