package org.millwright.model;

import java.time.Instant;
import java.util.Objects;

/** A condition became true for an asset and failure mode. */
public record ConditionRaised(AssetId asset, FailureMode failureMode, Severity severity, Evidence evidence,
                              Instant at, String ruleSetVersion) implements ConditionEvent {
    public ConditionRaised {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    }
}
