package org.millwright.detect;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;

/**
 * A limit on a signal ({@code kind: threshold}). For {@link Direction#ABOVE} the raise region is
 * {@code value > limit}, the escalate region {@code value > escalateLimit} and the clear region
 * {@code value < limit - hysteresis}; {@link Direction#BELOW} mirrors it ({@code value < limit},
 * {@code value < escalateLimit}, {@code value > limit + hysteresis}). Values in between keep the rule as it is.
 *
 * @param id               unique rule id
 * @param signal           the watched signal; limits are in its canonical unit
 * @param failureMode      the failure mode this rule is evidence for
 * @param direction        whether high or low values are bad
 * @param limit            the raise limit
 * @param severity         the severity when raised
 * @param escalateLimit    the escalation limit, beyond {@code limit}; empty when the rule does not escalate
 * @param escalateSeverity the severity when escalated, above {@code severity}; present exactly with {@code escalateLimit}
 * @param hysteresis       how far back inside the limit a value must be to count as clear; zero or more
 * @param minDuration      how long the raise or escalate region must hold
 * @param clearDuration    how long the clear region must hold
 * @param appliesTo        which assets the rule applies to
 */
public record ThresholdRule(String id, SignalType signal, FailureMode failureMode, Direction direction, double limit,
                            Severity severity, OptionalDouble escalateLimit, Optional<Severity> escalateSeverity,
                            double hysteresis, Duration minDuration, Duration clearDuration, AssetFilter appliesTo)
        implements Rule {

    /** Which side of the limit is bad. */
    public enum Direction {
        /** Values above the limit are bad (e.g. temperature). */
        ABOVE,
        /** Values below the limit are bad (e.g. current of a pump running dry). */
        BELOW
    }

    /** @throws IllegalArgumentException on inconsistent limits, severities or durations */
    public ThresholdRule {
        RuleChecks.checkCommon(id, severity, escalateSeverity, minDuration, clearDuration, appliesTo);
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(escalateLimit, "escalateLimit");
        if (!Double.isFinite(limit)) {
            throw new IllegalArgumentException("rule " + id + ": limit must be finite: " + limit);
        }
        if (!(hysteresis >= 0 && Double.isFinite(hysteresis))) {
            throw new IllegalArgumentException("rule " + id + ": hysteresis must be zero or more: " + hysteresis);
        }
        if (escalateLimit.isPresent() != escalateSeverity.isPresent()) {
            throw new IllegalArgumentException("rule " + id + ": escalateLimit and escalateSeverity go together");
        }
        if (escalateLimit.isPresent()) {
            double escalate = escalateLimit.getAsDouble();
            boolean beyond = direction == Direction.ABOVE ? escalate > limit : escalate < limit;
            if (!beyond || !Double.isFinite(escalate)) {
                throw new IllegalArgumentException("rule " + id + ": escalation limit " + escalate + " must be "
                        + (direction == Direction.ABOVE ? "above " : "below ") + limit);
            }
        }
    }

    /** The value an active rule must get back past to count as clear: the limit moved inward by the hysteresis. */
    public double clearLimit() {
        return direction == Direction.ABOVE ? limit - hysteresis : limit + hysteresis;
    }
}
