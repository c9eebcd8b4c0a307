package org.millwright.protocol.opcua.internal.connection;

import java.time.Duration;

/** Exponential reconnect delay: {@code initial * 2^attempt}, capped at {@code max}. Immutable. */
public record Backoff(Duration initial, Duration max) {

    /** The delay before retry number {@code attempt} (0 = the first retry). */
    public Duration delay(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be >= 0, was " + attempt);
        }
        int shift = Math.min(attempt, 30);
        long millis = initial.toMillis() << shift;
        if (millis <= 0 || millis > max.toMillis()) {
            return max;
        }
        return Duration.ofMillis(millis);
    }
}
