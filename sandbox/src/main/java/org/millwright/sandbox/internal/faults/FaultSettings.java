package org.millwright.sandbox.internal.faults;

import java.time.Instant;
import java.util.Optional;

/**
 * The faults switched on for one system.
 *
 * @param latencyMs        delay added to every answer after the work is committed
 * @param errorRate        share of requests answered 503 before any work (0..1)
 * @param outageUntil      every request is answered 503 at once until this instant
 * @param loseResponseRate share of requests whose work is committed but answered 503 "response lost" (0..1)
 */
record FaultSettings(long latencyMs, double errorRate, Optional<Instant> outageUntil, double loseResponseRate) {

    static final FaultSettings NONE = new FaultSettings(0, 0.0, Optional.empty(), 0.0);

    FaultSettings {
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must not be negative: " + latencyMs);
        }
        if (!(errorRate >= 0.0 && errorRate <= 1.0) || !(loseResponseRate >= 0.0 && loseResponseRate <= 1.0)) {
            throw new IllegalArgumentException("rates must be within 0..1");
        }
    }

    boolean inOutageAt(Instant now) {
        return outageUntil.map(now::isBefore).orElse(false);
    }

    View view() {
        return new View(latencyMs, errorRate, outageUntil.map(Instant::toString).orElse(null), loseResponseRate);
    }

    /** The JSON shape; {@code outageUntil} is null when no outage is set. */
    record View(long latencyMs, double errorRate, String outageUntil, double loseResponseRate) {
    }
}
