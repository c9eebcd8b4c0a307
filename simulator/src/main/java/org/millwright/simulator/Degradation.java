package org.millwright.simulator;

import java.time.Duration;
import java.util.Objects;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/**
 * A scripted fault: from {@code startAfter} (plant time since the simulator started) the asset degrades and
 * reaches functional failure {@code duration} later. Only {@link #BEARING_WEAR} is simulated.
 *
 * @param asset      the degrading asset
 * @param kind       the failure mode that develops
 * @param startAfter plant time from start to the onset, zero or more
 * @param duration   plant time from onset to functional failure, positive
 */
public record Degradation(AssetId asset, FailureMode kind, Duration startAfter, Duration duration) {
    /** Bearing wear: vibration and bearing temperature rise until the bearing fails. */
    public static final FailureMode BEARING_WEAR = FailureMode.of("bearing-wear");

    public Degradation {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startAfter, "startAfter");
        Objects.requireNonNull(duration, "duration");
        if (!kind.equals(BEARING_WEAR)) {
            throw new IllegalArgumentException("degradation kind '" + kind + "' is not simulated; supported: " + BEARING_WEAR);
        }
        if (startAfter.isNegative()) {
            throw new IllegalArgumentException("startAfter must not be negative: " + startAfter);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive: " + duration);
        }
    }

    /** Plant time of functional failure: {@code startAfter + duration}. */
    public Duration failureAt() {
        return startAfter.plus(duration);
    }
}
