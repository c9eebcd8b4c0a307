package org.millwright.detect.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
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

    /** At most two decimals, no trailing zeros: 7.4, 11, 87.53. */
    static String number(double value) {
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
