package org.millwright.detect.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import org.millwright.detect.Features;
import org.millwright.detect.internal.features.SlidingWindow;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.Asset;
import org.millwright.model.SignalType;

/** The one-sentence evidence summaries for technicians. Runs only when an event is emitted. */
final class Summaries {
    private Summaries() {
    }

    /** e.g. "vibration 7.4 mm/s RMS in zone D (C/D boundary 7.1 mm/s, group 2 flexible) for 12 s". */
    static String zone(SignalType signal, RuleMemory memory, CompiledRule rule, double limit, Asset asset) {
        return signal.wireName() + ' ' + number(memory.evidenceValue) + " mm/s RMS in zone " + memory.evidenceZone
                + " (" + rule.limitZone(memory.evidenceLevel).lowerBoundaryName() + " boundary " + number(limit)
                + " mm/s, group " + (asset.machineGroup().ordinal() + 1) + ' '
                + asset.support().name().toLowerCase(Locale.ROOT) + ") for " + duration(memory.evidenceHeldNanos);
    }

    /** e.g. "bearing-temperature 87.5 degC above 85 degC for 20 s". */
    static String threshold(SignalType signal, RuleMemory memory, CompiledRule rule, double limit) {
        return signal.wireName() + ' ' + number(memory.evidenceValue) + ' ' + signal.unit()
                + (rule.isAbove() ? " above " : " below ") + number(limit) + ' ' + signal.unit()
                + " for " + duration(memory.evidenceHeldNanos);
    }

    /**
     * The evidence of a condition-monitoring rule: what crossed which limit, the features, baseline, EWMA, trend and
     * forecast, e.g. "bearing-wear failure likely within 72 h: vibration level 3.1 mm/s ...".
     */
    static String monitor(Health health, Severity severity, FailureMode failureMode, long notGood, long heldNanos) {
        SlidingWindow level = health.level;
        StringBuilder text = new StringBuilder(320);
        text.append(switch (severity) {
            case TRIP -> "TRIP: vibration level at or above the C/D trip limit " + number(health.tripLimit) + " mm/s";
            case ALARM -> "ALARM: vibration level at or above the ISO 20816-3 alarm limit "
                    + number(health.alarmLimit) + " mm/s (baseline + " + percent(health.rule.alarmFraction())
                    + " of B/C " + number(health.boundaries.bc()) + ", at most " + percent(health.rule.alarmCap())
                    + " of B/C)";
            case WARNING -> failureMode + " failure likely within "
                    + hours(health.rule.forecastHorizon().toSeconds() / 3600.0) + ": C/D boundary "
                    + number(health.boundaries.cd()) + " mm/s forecast in " + hours(health.forecastMidH) + " (95 % band "
                    + hours(health.forecastEarlyH) + " to " + hours(health.forecastLateH) + ")";
            case ADVISORY -> "ADVISORY: vibration EWMA " + number(health.ewma) + " mm/s above its control limit "
                    + number(health.ucl) + " mm/s";
        });
        text.append("; level ").append(number(health.lastLevel)).append(" mm/s RMS (mean of ").append(level.size())
                .append(" samples, zone ").append(health.boundaries.classify(Math.max(0, health.lastLevel)))
                .append(") for ").append(duration(heldNanos))
                .append("; baseline ").append(number(health.baseline)).append(" ± ").append(number(health.sigma))
                .append(" mm/s, EWMA ").append(number(health.ewma)).append(" vs control limit ")
                .append(number(health.ucl)).append("; RMS ").append(number(level.rms())).append(", peak ")
                .append(number(level.peak())).append(", crest factor ").append(number(level.crestFactor()))
                .append(", kurtosis ").append(number(level.kurtosis())).append("; trend ")
                .append(signed(health.slopePerHour)).append(" ± ").append(number(health.slopeHalfWidthPerHour))
                .append(" mm/s/h (95 %)");
        if (!Double.isNaN(health.forecastMidH) && severity != Severity.WARNING) {
            text.append(", C/D in ").append(hours(health.forecastMidH)).append(" (").append(hours(health.forecastEarlyH))
                    .append(" to ").append(hours(health.forecastLateH)).append(')');
        }
        return text.append("; excluded ").append(notGood).append(" bad-quality, ").append(health.idle)
                .append(" idle and ").append(health.spikes).append(" spike samples").toString();
    }

    static Features features(Health health, long notGood) {
        SlidingWindow level = health.level;
        return new Features(health.rule.signal(), Instant.ofEpochSecond(0, level.newestNanos()), level.size(),
                level.mean(), level.rms(), level.peak(), level.crestFactor(), level.kurtosis(),
                level.rateOfChange() * 3600, health.trend.slope() * 3600, health.trend.slopeHalfWidth() * 3600,
                notGood, health.idle, health.spikes, health.learned ? health.baseline : Double.NaN);
    }

    private static String percent(double fraction) {
        return number(fraction * 100) + " %";
    }

    private static String signed(double value) {
        return Double.isNaN(value) ? "n/a" : (value >= 0 ? "+" : "") + number(value);
    }

    private static String hours(double hours) {
        if (Double.isNaN(hours) || Double.isInfinite(hours)) {
            return "n/a";
        }
        return hours < 1 ? Math.round(hours * 60) + " min" : number(hours) + " h";
    }

    /** At most two decimals, no trailing zeros: 7.4, 11, 87.53. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** "12 s" below two minutes, "3 min 5 s" above. */
    static String duration(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 120) {
            return number(seconds) + " s";
        }
        long whole = Math.round(seconds);
        return whole / 60 + " min" + (whole % 60 == 0 ? "" : " " + whole % 60 + " s");
    }
}
