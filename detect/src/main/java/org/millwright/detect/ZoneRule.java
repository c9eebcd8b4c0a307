package org.millwright.detect;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;

/**
 * An ISO 20816-3 zone rule on broadband vibration velocity ({@code kind: iso20816-zone}). The zone of each sample
 * comes from the {@link Iso20816Zones} table of the rule set, for the asset's machine group and support type. The
 * raise region is zone {@code >= raiseAt}, the escalate region zone {@code >= escalateAt}, and the clear region
 * zone {@code <= clearBelow} ("back in zone B or lower").
 *
 * @param id               unique rule id
 * @param failureMode      the failure mode this rule is evidence for
 * @param raiseAt          the zone that raises; B, C or D
 * @param severity         the severity when raised
 * @param escalateAt       the zone that escalates, worse than {@code raiseAt}; empty when the rule does not escalate
 * @param escalateSeverity the severity when escalated, above {@code severity}; present exactly with {@code escalateAt}
 * @param clearBelow       the worst zone that counts as clear; better than {@code raiseAt}
 * @param minDuration      how long the raise or escalate region must hold
 * @param clearDuration    how long the clear region must hold
 * @param appliesTo        which assets the rule applies to
 */
public record ZoneRule(String id, FailureMode failureMode, Zone raiseAt, Severity severity, Optional<Zone> escalateAt,
                       Optional<Severity> escalateSeverity, Zone clearBelow, Duration minDuration,
                       Duration clearDuration, AssetFilter appliesTo) implements Rule {

    /** @throws IllegalArgumentException on inconsistent zones, severities or durations */
    public ZoneRule {
        RuleChecks.checkCommon(id, severity, escalateSeverity, minDuration, clearDuration, appliesTo);
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(raiseAt, "raiseAt");
        Objects.requireNonNull(escalateAt, "escalateAt");
        Objects.requireNonNull(clearBelow, "clearBelow");
        if (escalateAt.isPresent() != escalateSeverity.isPresent()) {
            throw new IllegalArgumentException("rule " + id + ": escalateAt and escalateSeverity go together");
        }
        if (escalateAt.isPresent() && escalateAt.get().compareTo(raiseAt) <= 0) {
            throw new IllegalArgumentException("rule " + id + ": escalateAt " + escalateAt.get()
                    + " must be worse than raiseAt " + raiseAt);
        }
        if (clearBelow.isAtLeast(raiseAt)) {
            throw new IllegalArgumentException("rule " + id + ": clearBelow " + clearBelow
                    + " must be better than raiseAt " + raiseAt);
        }
    }

    /** Always {@link SignalType#VIBRATION_VELOCITY}: the zones are defined on velocity in mm/s RMS. */
    @Override
    public SignalType signal() {
        return SignalType.VIBRATION_VELOCITY;
    }
}
