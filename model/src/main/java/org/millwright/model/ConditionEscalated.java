package org.millwright.model;

import java.time.Instant;
import java.util.Objects;

/** Stronger evidence raised the severity of an active condition. */
public record ConditionEscalated(AssetId asset, FailureMode failureMode, Severity from, Severity to, Evidence evidence,
                                 Instant at, String ruleSetVersion) implements ConditionEvent {
    public ConditionEscalated {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        if (!to.isAbove(from)) {
            throw new IllegalArgumentException("escalation must raise severity: " + from + " -> " + to);
        }
    }
}
