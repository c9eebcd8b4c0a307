package org.millwright.detect.internal.engine;

import org.millwright.detect.ConditionMonitoringRule;
import org.millwright.detect.Rule;
import org.millwright.detect.ThresholdRule;
import org.millwright.detect.Zone;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.detect.ZoneRule;
import org.millwright.model.Severity;

/** A rule flattened into fields, so classifying a sample is a few comparisons. Immutable. */
final class CompiledRule {
    final Rule rule;
    final int failureModeIndex;
    final Severity severity;
    /** Null when the rule does not escalate. */
    final Severity escalateSeverity;
    final long minNanos;
    final long clearNanos;
    /** Null unless the rule is a condition-monitoring rule, which {@link Health} evaluates instead of {@link #level}. */
    final ConditionMonitoringRule monitor;

    private final boolean zoneRule;
    private final boolean above;
    private final double limit;
    private final double clearLimit;
    private final double escalateLimit;
    private final Zone raiseAt;
    /** Null when the rule does not escalate. */
    private final Zone escalateAt;
    private final Zone clearBelow;

    CompiledRule(Rule rule, int failureModeIndex) {
        this.rule = rule;
        this.failureModeIndex = failureModeIndex;
        this.severity = rule.severity();
        this.escalateSeverity = rule.escalateSeverity().orElse(null);
        this.minNanos = Nanos.of(rule.minDuration());
        this.clearNanos = Nanos.of(rule.clearDuration());
        this.monitor = rule instanceof ConditionMonitoringRule cm ? cm : null;
        if (rule instanceof ZoneRule zone) {
            zoneRule = true;
            raiseAt = zone.raiseAt();
            escalateAt = zone.escalateAt().orElse(null);
            clearBelow = zone.clearBelow();
            above = true;
            limit = Double.NaN;
            clearLimit = Double.NaN;
            escalateLimit = Double.NaN;
        } else if (rule instanceof ThresholdRule threshold) {
            zoneRule = false;
            raiseAt = null;
            escalateAt = null;
            clearBelow = null;
            above = threshold.direction() == ThresholdRule.Direction.ABOVE;
            limit = threshold.limit();
            clearLimit = threshold.clearLimit();
            escalateLimit = threshold.escalateLimit().orElse(Double.NaN);
        } else {
            zoneRule = false;
            raiseAt = null;
            escalateAt = null;
            clearBelow = null;
            above = true;
            limit = Double.NaN;
            clearLimit = Double.NaN;
            escalateLimit = Double.NaN;
        }
    }

    boolean isZoneRule() {
        return zoneRule;
    }

    boolean isAbove() {
        return above;
    }

    /** The region {@code value} falls in; {@code boundaries} are the asset's zone boundaries. */
    Level level(double value, ZoneBoundaries boundaries) {
        if (zoneRule) {
            Zone zone = boundaries.classify(value);
            if (escalateAt != null && zone.isAtLeast(escalateAt)) {
                return Level.ESCALATE;
            }
            if (zone.isAtLeast(raiseAt)) {
                return Level.RAISE;
            }
            return clearBelow.isAtLeast(zone) ? Level.CLEAR : Level.HOLD;
        }
        // comparisons with NaN (no escalation limit) are false, so a rule without one never escalates
        if (above) {
            if (value > escalateLimit) {
                return Level.ESCALATE;
            }
            return value > limit ? Level.RAISE : value < clearLimit ? Level.CLEAR : Level.HOLD;
        }
        if (value < escalateLimit) {
            return Level.ESCALATE;
        }
        return value < limit ? Level.RAISE : value > clearLimit ? Level.CLEAR : Level.HOLD;
    }

    /** The zone whose lower boundary is the limit for {@code level} (RAISE or ESCALATE); zone rules only. */
    Zone limitZone(Level level) {
        return level == Level.ESCALATE ? escalateAt : raiseAt;
    }

    /** The limit crossed to reach {@code level} (RAISE or ESCALATE). */
    double limit(Level level, ZoneBoundaries boundaries) {
        if (zoneRule) {
            return boundaries.lowerLimit(limitZone(level));
        }
        return level == Level.ESCALATE ? escalateLimit : limit;
    }
}
