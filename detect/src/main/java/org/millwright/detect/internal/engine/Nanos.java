package org.millwright.detect.internal.engine;

import java.time.Duration;
import java.time.Instant;

/** Durations as saturating nanosecond counts, so the hot path needs no {@link Duration} objects. */
final class Nanos {
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

    private Nanos() {
    }

    /** {@code to - from} in nanoseconds, saturated at {@link Long#MAX_VALUE}; {@code from} must not be after {@code to}. */
    static long between(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        if (seconds >= MAX_SECONDS || seconds < 0) {
            return Long.MAX_VALUE;
        }
        return seconds * 1_000_000_000L + (to.getNano() - from.getNano());
    }

    /** Nanoseconds since the epoch (fits until the year 2262). */
    static long epoch(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    static long of(Duration duration) {
        return duration.getSeconds() >= MAX_SECONDS ? Long.MAX_VALUE : duration.toNanos();
    }
}
