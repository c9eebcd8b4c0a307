package org.millwright.detect.internal.engine;

import java.time.Instant;
import java.util.Optional;
import org.millwright.detect.ConditionMonitoringRule;
import org.millwright.detect.Forecast;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.detect.internal.features.SlidingWindow;
import org.millwright.model.Severity;

/**
 * What a {@link ConditionMonitoringRule} knows about one asset: its feature windows, the baseline it learned, the
 * EWMA chart and the last assessment (kept for the evidence). Mutable, owned by the asset's thread; allocation-free
 * per sample.
 */
final class Health {
    /** {@link #assess} result: the sample neither raises nor clears. */
    static final int HOLD = -1;
    /** {@link #assess} result: the sample is in the clear region. */
    static final int CLEAR = -2;

    private static final double SECONDS_PER_HOUR = 3600;
    private static final int SPIKE_RUN = 3;

    final ConditionMonitoringRule rule;
    final ZoneBoundaries boundaries;
    final SlidingWindow level;
    final SlidingWindow trend;
    private final long warmUpNanos;
    private final double horizonSeconds;

    private long learningSince = Long.MIN_VALUE;
    private long learnCount;
    private double learnMean;
    private double learnM2;
    private double learnEwma;
    private long ewmaCount;
    private double ewmaMean;
    private double ewmaM2;
    boolean learned;
    double baseline;
    double sigma;
    double ewma;
    long idle;
    long spikes;
    /** Consecutive samples above the spike limit: more than {@link #SPIKE_RUN} in a row are a real level change. */
    private int spikeRun;

    // the last assessment, for the evidence
    double lastLevel;
    double ucl;
    double alarmLimit;
    double tripLimit;
    double slopePerHour = Double.NaN;
    double slopeHalfWidthPerHour = Double.NaN;
    /** Forecast time to C/D in hours: earliest, central, latest of the 95 % band; NaN when there is none. */
    double forecastEarlyH = Double.NaN;
    double forecastMidH = Double.NaN;
    double forecastLateH = Double.NaN;
    /** The trend's fitted level at its newest sample, where the forecast starts. */
    double forecastLevel = Double.NaN;

    Health(ConditionMonitoringRule rule, ZoneBoundaries boundaries) {
        this.rule = rule;
        this.boundaries = boundaries;
        this.level = new SlidingWindow(Nanos.of(rule.window()), rule.maxSamples());
        this.trend = new SlidingWindow(Nanos.of(rule.trendWindow()), rule.maxSamples());
        this.warmUpNanos = Nanos.of(rule.warmUp());
        this.horizonSeconds = rule.forecastHorizon().toSeconds();
        this.alarmLimit = Math.min(rule.alarmFraction() * boundaries.bc(), rule.alarmCap() * boundaries.bc());
        this.tripLimit = rule.tripFraction() * boundaries.cd();
    }

    /**
     * Feeds one GOOD sample and assesses it.
     *
     * @return the severity ordinal the sample supports, or {@link #HOLD} or {@link #CLEAR}
     */
    int assess(long atNanos, double value) {
        if (value < rule.idleBelow()) {
            idle++;
            return HOLD; // a stopped machine is no evidence either way
        }
        double smoothed = learned ? ewma : learnMean;
        if ((learned || learnCount >= 10) && value > rule.spikeFactor() * smoothed) {
            if (++spikeRun <= SPIKE_RUN) {
                spikes++;
                return HOLD; // a sensor spike or start-up transient: isolated, while wear persists
            }
        } else {
            spikeRun = 0;
        }
        level.add(atNanos, value);
        trend.add(atNanos, value);
        if (!learned) {
            learn(atNanos, value);
            return CLEAR;
        }
        double lambda = rule.ewmaLambda();
        ewma = lambda * value + (1 - lambda) * ewma;
        lastLevel = level.mean();
        forecast();
        if (lastLevel >= tripLimit) {
            return Severity.TRIP.ordinal();
        }
        if (lastLevel >= alarmLimit) {
            return Severity.ALARM.ordinal();
        }
        boolean anomalous = ewma > ucl;
        if (anomalous && forecastLateH <= horizonSeconds / SECONDS_PER_HOUR) {
            return Severity.WARNING.ordinal();
        }
        if (anomalous) {
            return Severity.ADVISORY.ordinal();
        }
        return ewma <= baseline + (ucl - baseline) / 2 ? CLEAR : HOLD;
    }

    private void learn(long atNanos, double value) {
        if (learningSince == Long.MIN_VALUE) {
            learningSince = atNanos;
        }
        learnCount++;
        double delta = value - learnMean;
        learnMean += delta / learnCount;
        learnM2 += delta * (value - learnMean);
        // the spread of the EWMA itself, once it has forgotten its start (about 2 / lambda samples)
        double lambda = rule.ewmaLambda();
        learnEwma = learnCount == 1 ? value : lambda * value + (1 - lambda) * learnEwma;
        if (learnCount > 2 / lambda) {
            ewmaCount++;
            double d = learnEwma - ewmaMean;
            ewmaMean += d / ewmaCount;
            ewmaM2 += d * (learnEwma - ewmaMean);
        }
        if (atNanos - learningSince >= warmUpNanos && learnCount >= 10) {
            learned = true;
            baseline = learnMean;
            sigma = Math.sqrt(learnM2 / (learnCount - 1));
            double lambdaWidth = Math.sqrt(lambda / (2 - lambda));
            double sigmaEwma = Math.max(sigma * lambdaWidth, ewmaCount > 1 ? Math.sqrt(ewmaM2 / (ewmaCount - 1)) : 0);
            ewma = baseline;
            ucl = baseline + Math.max(rule.ewmaLimit() * sigmaEwma, rule.minShiftFraction() * boundaries.bc());
            alarmLimit = Math.min(baseline + rule.alarmFraction() * boundaries.bc(), rule.alarmCap() * boundaries.bc());
        }
    }

    /** Time to the C/D boundary from the trend, with its 95 % band; NaN unless the band's slow end still rises. */
    private void forecast() {
        forecastEarlyH = forecastMidH = forecastLateH = Double.NaN;
        slopePerHour = trend.slope() * SECONDS_PER_HOUR;
        slopeHalfWidthPerHour = trend.slopeHalfWidth() * SECONDS_PER_HOUR;
        if (horizonSeconds <= 0 || trend.size() < 10 || Double.isNaN(slopePerHour)) {
            return;
        }
        double remaining = boundaries.cd() - trend.fittedNewest();
        double slow = slopePerHour - slopeHalfWidthPerHour;
        if (remaining <= 0 || !(slow > 0)) {
            return;
        }
        forecastLevel = trend.fittedNewest();
        forecastEarlyH = remaining / (slopePerHour + slopeHalfWidthPerHour);
        forecastMidH = remaining / slopePerHour;
        forecastLateH = remaining / slow;
    }

    /** The forecast of the last assessed sample, for readers of the asset state; empty when there was none. */
    Optional<Forecast> forecastView() {
        if (!learned || Double.isNaN(forecastMidH)) {
            return Optional.empty();
        }
        return Optional.of(Forecast.ofHours(rule.id(), rule.signal(), Instant.ofEpochSecond(0, trend.newestNanos()),
                forecastLevel, boundaries.cd(), forecastEarlyH, forecastMidH, forecastLateH));
    }

    /** The limit that the severity of {@code ordinal} is about. */
    double limitFor(int ordinal) {
        return switch (Severity.values()[ordinal]) {
            case TRIP -> tripLimit;
            case ALARM -> alarmLimit;
            case WARNING -> boundaries.cd();
            case ADVISORY -> ucl;
        };
    }
}
