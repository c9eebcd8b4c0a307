package org.millwright.detect;

import java.time.Instant;
import java.util.Objects;
import org.millwright.model.SignalType;

/**
 * A snapshot of the sliding-window features of one signal of one asset, as a {@link ConditionMonitoringRule} sees
 * them. Level features are over the rule's {@code window}, the trend over its {@code trendWindow}. A feature that
 * cannot be computed yet (too few samples, no spread) is {@code NaN}.
 *
 * @param signal             the signal
 * @param newestAt           the time of the newest sample in the window
 * @param samples            running GOOD samples in the level window
 * @param mean               mean value
 * @param rms                root mean square
 * @param peak               largest absolute value
 * @param crestFactor        peak / RMS
 * @param kurtosis           fourth standardized moment (3 for Gaussian noise; impacts raise it)
 * @param rateOfChangePerHour (newest − oldest) / span of the level window, per hour
 * @param slopePerHour       least-squares slope over the trend window, per hour
 * @param slopeHalfWidthPerHour half-width of the slope's 95 % confidence interval, per hour
 * @param excludedNotGood    samples of this signal excluded so far because their quality was not GOOD
 * @param excludedIdle       samples excluded so far because the machine stood still
 * @param excludedSpikes     samples excluded so far as sensor spikes or start-up transients
 * @param baseline           the learned baseline mean; NaN while learning
 */
public record Features(SignalType signal, Instant newestAt, int samples, double mean, double rms, double peak,
                       double crestFactor, double kurtosis, double rateOfChangePerHour, double slopePerHour,
                       double slopeHalfWidthPerHour, long excludedNotGood, long excludedIdle, long excludedSpikes,
                       double baseline) {
    public Features {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(newestAt, "newestAt");
    }

    /** Whether the baseline has been learned (warm-up over). */
    public boolean learned() {
        return !Double.isNaN(baseline);
    }
}
