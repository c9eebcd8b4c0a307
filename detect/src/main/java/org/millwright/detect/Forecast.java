package org.millwright.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.millwright.model.SignalType;

/**
 * A time-to-limit forecast of a {@link ConditionMonitoringRule} (ISO 13374 prognosis): the least-squares trend of
 * its trend window, extrapolated from the newest sample to the C/D boundary, with the band that the slope's 95 %
 * confidence interval gives. Only made while the slow end of that interval still rises. Read it from
 * {@link AssetState#forecast}.
 *
 * @param ruleId   the condition-monitoring rule that made it
 * @param signal   the signal forecast
 * @param from     the time of the newest sample in the trend window
 * @param level    the trend's fitted value at {@code from}
 * @param limit    the value forecast to be reached (the C/D boundary of the asset)
 * @param earliest time from {@code from} to the limit at the steep end of the band
 * @param central  time to the limit at the fitted slope
 * @param latest   time to the limit at the slow end of the band; at most {@link #LONGEST}
 */
public record Forecast(String ruleId, SignalType signal, Instant from, double level, double limit, Duration earliest,
                       Duration central, Duration latest) {
    /** Forecasts further out than this (about eleven years) are cut to it. */
    public static final Duration LONGEST = Duration.ofHours(100_000);

    /** @throws IllegalArgumentException unless {@code 0 <= earliest <= central <= latest <= LONGEST} */
    public Forecast {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(central, "central");
        Objects.requireNonNull(latest, "latest");
        if (earliest.isNegative() || central.compareTo(earliest) < 0 || latest.compareTo(central) < 0
                || latest.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("forecast durations must rise from zero to at most " + LONGEST + ": "
                    + earliest + ", " + central + ", " + latest);
        }
    }

    /** A forecast from times in hours (as a slope gives them), each cut to {@link #LONGEST}. */
    public static Forecast ofHours(String ruleId, SignalType signal, Instant from, double level, double limit,
                                   double earliestHours, double centralHours, double latestHours) {
        return new Forecast(ruleId, signal, from, level, limit, hours(earliestHours), hours(centralHours),
                hours(latestHours));
    }

    private static Duration hours(double hours) {
        if (Double.isNaN(hours)) {
            throw new IllegalArgumentException("forecast hours must be numbers");
        }
        return hours >= LONGEST.toHours() ? LONGEST : Duration.ofMillis(Math.round(Math.max(0, hours) * 3_600_000));
    }
}
