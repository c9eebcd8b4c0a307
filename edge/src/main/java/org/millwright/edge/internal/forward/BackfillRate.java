package org.millwright.edge.internal.forward;

import java.time.Clock;

/**
 * A token bucket: {@code rate} permits per second, at most a tenth of a second's worth (and at least one)
 * saved up, so the backlog goes out evenly. Confined to the forwarder thread.
 */
final class BackfillRate {
    private final double rate;
    private final double capacity;
    private final Clock clock;
    private double tokens;
    private long lastMillis;

    BackfillRate(double rate, Clock clock) {
        this.rate = rate;
        this.capacity = Math.max(1, rate / 10);
        this.clock = clock;
        this.lastMillis = clock.millis();
    }

    /** Whole permits available now. */
    int available() {
        long now = clock.millis();
        tokens = Math.min(capacity, tokens + (now - lastMillis) * rate / 1000.0);
        lastMillis = now;
        return (int) Math.floor(tokens);
    }

    /** Uses {@code permits} (at most {@link #available()}). */
    void take(int permits) {
        tokens -= permits;
    }

    /** Starts empty again, e.g. at a new connection. */
    void reset() {
        tokens = 0;
        lastMillis = clock.millis();
    }
}
