package org.millwright.edge.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Deadband and downsampling for the signals whose topic matches {@code match}, judged per topic on the samples'
 * own timestamps. A sample passes when it is the first of its topic, when its quality differs from the last
 * passed one, when {@code maxInterval} has elapsed since the last passed one, or when {@code minInterval} has
 * elapsed and the value left the deadband around the last passed value.
 *
 * @param match       an MQTT topic filter ({@code +} one level, {@code #} the rest), e.g. {@code +/+/+/+/+/vibration}
 * @param deadband    how far the value must move from the last passed one; none: no deadband (downsampling only)
 * @param minInterval samples closer than this to the last passed one are dropped (downsampling); zero: off
 * @param maxInterval a sample passes at least this often even without change (a heartbeat); none: no heartbeat
 */
public record FilterRule(String match, Optional<Deadband> deadband, Duration minInterval,
                         Optional<Duration> maxInterval) {
    public FilterRule {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(deadband, "deadband");
        Objects.requireNonNull(minInterval, "minInterval");
        Objects.requireNonNull(maxInterval, "maxInterval");
    }

    /**
     * A deadband: absolute in the signal's unit, or a percentage of the last passed value's magnitude.
     *
     * @param amount  zero or more
     * @param percent whether {@code amount} is a percentage
     */
    public record Deadband(double amount, boolean percent) {
        public Deadband {
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                throw new IllegalArgumentException("deadband must be a finite number >= 0, was " + amount);
            }
        }

        /** Whether {@code value} lies outside the band around {@code last}. */
        public boolean exceeded(double last, double value) {
            double band = percent ? Math.abs(last) * amount / 100.0 : amount;
            return Math.abs(value - last) > band;
        }
    }
}
