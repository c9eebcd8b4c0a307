package org.millwright.detect;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;

/**
 * Condition monitoring of broadband vibration velocity against a baseline learned per asset
 * ({@code kind: condition-monitoring}), following ISO 13374's chain: features (state detection), ISO 20816-3
 * operational guidance and an EWMA control chart (health assessment), a time-to-limit forecast (prognosis), and
 * one severity per sample (advisory generation).
 *
 * <p>For the first {@link #warmUp()} of running samples the rule only learns the baseline (mean and standard
 * deviation of the samples) and never raises. Afterwards each running sample gets the worst of:
 * <ul>
 *   <li>{@link Severity#TRIP}: the window mean is at or above {@code tripFraction × C/D};</li>
 *   <li>{@link Severity#ALARM}: the window mean is at or above the ISO 20816-3 alarm limit
 *       {@code min(baseline + alarmFraction × B/C, alarmCap × B/C)} — which is also the change criterion
 *       (a rise of 25 % of B/C over the baseline is significant even inside a zone);</li>
 *   <li>{@link Severity#WARNING}: the trend forecast says the C/D boundary is reached within
 *       {@link #forecastHorizon()} over its whole 95 % confidence band ("bearing failure likely within 72 h");</li>
 *   <li>{@link Severity#ADVISORY}: the EWMA control chart of the samples is above its upper control limit
 *       {@code baseline + max(ewmaLimit × sigmaEwma, minShiftFraction × B/C)}, where {@code sigmaEwma} is the
 *       larger of the textbook {@code sigma × sqrt(lambda / (2 - lambda))} and the spread the EWMA itself showed
 *       during warm-up (real machines change load, so their samples are not independent).</li>
 * </ul>
 * A sample is clear when none of these hold and the EWMA is back below halfway between the baseline and the upper
 * control limit (hysteresis); in between it holds. Samples below {@code idleBelow} (machine stopped) and spikes
 * above {@code spikeFactor} times the smoothed level are excluded from features and baseline, counted, and hold
 * the rule as it is.
 *
 * <p>EWMA rather than CUSUM: bearing wear shows as a slow, persistent rise of the level, which both detect well,
 * but the EWMA is also a smoothed level a technician can read in the evidence (in mm/s), it damps single sensor
 * spikes, and it has one tuning knob ({@code lambda}) instead of CUSUM's reference value and decision interval.
 *
 * @param id              unique rule id
 * @param failureMode     the failure mode this rule is evidence for
 * @param window          the window of the level features (mean, RMS, peak, crest factor, kurtosis)
 * @param trendWindow     the window of the trend (least-squares slope with its confidence interval)
 * @param maxSamples      capacity of each window; at higher sample rates the windows hold the newest samples
 * @param warmUp          how long (in running-sample time) the baseline is learned; no alarms meanwhile
 * @param alarmFraction   ALARM at baseline + this fraction of B/C (ISO 20816-3: 0.25)
 * @param alarmCap        ... but not above this multiple of B/C (ISO 20816-3: 1.25)
 * @param tripFraction    TRIP at this multiple of C/D (ISO 20816-3: within zone C/D, 1.0)
 * @param ewmaLambda      EWMA smoothing weight in (0, 1]
 * @param ewmaLimit       width of the EWMA control limit in standard deviations
 * @param minShiftFraction the least rise of the EWMA over the baseline, as a fraction of B/C, that counts as an
 *                        anomaly, so a very quiet warm-up does not make the chart hair-triggered
 * @param forecastHorizon WARNING when the C/D boundary is forecast within this time; zero disables the forecast
 * @param idleBelow       samples below this velocity (mm/s) count as machine stopped
 * @param spikeFactor     samples above this multiple of the smoothed level (the EWMA, or the mean while learning)
 *                        are sensor spikes or start-up transients: excluded and counted, unless more than three
 *                        come in a row (then the level really changed)
 * @param minDuration     how long a severity must hold before the rule reacts
 * @param clearDuration   how long the clear region must hold
 * @param appliesTo       which assets the rule applies to
 */
public record ConditionMonitoringRule(String id, FailureMode failureMode, Duration window, Duration trendWindow,
                                      int maxSamples, Duration warmUp, double alarmFraction, double alarmCap,
                                      double tripFraction, double ewmaLambda, double ewmaLimit,
                                      double minShiftFraction, Duration forecastHorizon, double idleBelow,
                                      double spikeFactor,
                                      Duration minDuration, Duration clearDuration, AssetFilter appliesTo)
        implements Rule {

    /** @throws IllegalArgumentException on values outside their documented ranges */
    public ConditionMonitoringRule {
        RuleChecks.checkCommon(id, Severity.ADVISORY, Optional.of(Severity.TRIP), minDuration,
                clearDuration, appliesTo);
        Objects.requireNonNull(failureMode, "failureMode");
        positive(id, "window", window);
        positive(id, "trendWindow", trendWindow);
        positive(id, "warmUp", warmUp);
        Objects.requireNonNull(forecastHorizon, "forecastHorizon");
        if (forecastHorizon.isNegative()) {
            throw new IllegalArgumentException("rule " + id + ": forecastHorizon must not be negative");
        }
        if (maxSamples < 16 || maxSamples > 1 << 20) {
            throw new IllegalArgumentException("rule " + id + ": maxSamples must be 16 to 1048576: " + maxSamples);
        }
        range(id, "alarmFraction", alarmFraction, 0, 10);
        range(id, "alarmCap", alarmCap, 0, 10);
        range(id, "tripFraction", tripFraction, 0, 10);
        range(id, "ewmaLambda", ewmaLambda, 0, 1);
        range(id, "ewmaLimit", ewmaLimit, 0, 100);
        range(id, "minShiftFraction", minShiftFraction, 0, 10);
        range(id, "spikeFactor", spikeFactor, 1, 1000);
        if (!(idleBelow >= 0 && Double.isFinite(idleBelow))) {
            throw new IllegalArgumentException("rule " + id + ": idleBelow must be zero or more: " + idleBelow);
        }
    }

    /** A rule with the ISO 20816-3 guidance and the documented defaults of {@link RuleSetLoader}. */
    public static ConditionMonitoringRule withDefaults(String id, FailureMode failureMode) {
        return new ConditionMonitoringRule(id, failureMode, Duration.ofMinutes(1), Duration.ofHours(24), 1024,
                Duration.ofHours(1), 0.25, 1.25, 1.0, 0.05, 3.0, 0.15, Duration.ofHours(72), 0.1, 2.0,
                Duration.ofSeconds(30), Duration.ofMinutes(5), AssetFilter.any());
    }

    /** Always {@link SignalType#VIBRATION_VELOCITY}. */
    @Override
    public SignalType signal() {
        return SignalType.VIBRATION_VELOCITY;
    }

    /** {@link Severity#ADVISORY}: the least this rule raises. */
    @Override
    public Severity severity() {
        return Severity.ADVISORY;
    }

    /** {@link Severity#TRIP}: the most this rule raises. */
    @Override
    public Optional<Severity> escalateSeverity() {
        return Optional.of(Severity.TRIP);
    }

    private static void positive(String id, String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("rule " + id + ": " + name + " must be positive: " + duration);
        }
    }

    /** Checks {@code low < value <= high}. */
    private static void range(String id, String name, double value, double low, double high) {
        if (!(value > low && value <= high)) {
            throw new IllegalArgumentException("rule " + id + ": " + name + " must be above " + low
                    + " and at most " + high + ": " + value);
        }
    }
}
