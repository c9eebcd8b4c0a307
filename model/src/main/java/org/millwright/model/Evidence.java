package org.millwright.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a rule fired: the value it saw, the limit it compared against, and a sentence for the technician.
 *
 * @param ruleId    the rule that fired
 * @param signal    the signal it watched
 * @param value     the value that crossed the limit
 * @param limit     the limit crossed
 * @param zone      the ISO 20816 zone (A–D) when the rule is a zone rule, empty otherwise
 * @param observedAt when the value was observed
 * @param summary   one human sentence, e.g. "vibration 7.4 mm/s in zone D (C/D at 7.1 mm/s) for 30 s"
 */
public record Evidence(String ruleId, SignalType signal, double value, double limit, String zone,
                       Instant observedAt, String summary) {
    public Evidence {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(summary, "summary");
    }
}
