package org.millwright.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/**
 * What really happens to an asset in a simulation: when its scripted degradation starts (onset, the P of a P–F
 * curve) and when it reaches functional failure (F). Detection quality is measured against it: was the failure
 * detected, and how long before functional failure.
 *
 * @param asset             the degrading asset
 * @param failureMode       what fails
 * @param onset             plant time from start to the onset
 * @param functionalFailure plant time from start to functional failure, after the onset
 */
public record GroundTruth(AssetId asset, FailureMode failureMode, Duration onset, Duration functionalFailure) {
    public GroundTruth {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(functionalFailure, "functionalFailure");
        if (onset.isNegative() || functionalFailure.compareTo(onset) <= 0) {
            throw new IllegalArgumentException("ground truth of " + asset + ": need 0 <= onset < functionalFailure, got "
                    + onset + " and " + functionalFailure);
        }
    }

    /** The ground truth of a scripted degradation. */
    public static GroundTruth of(Degradation degradation) {
        return new GroundTruth(degradation.asset(), degradation.kind(), degradation.startAfter(),
                degradation.failureAt());
    }

    /** The onset as an instant, for a plant started at {@code start}. */
    public Instant onsetAt(Instant start) {
        return start.plus(onset);
    }

    /** Functional failure as an instant, for a plant started at {@code start}. */
    public Instant functionalFailureAt(Instant start) {
        return start.plus(functionalFailure);
    }
}
