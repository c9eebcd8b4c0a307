package org.millwright.model;

import java.time.Instant;
import java.util.Objects;

/** Every rule for the asset and failure mode is back inside its clear limit (after hysteresis). */
public record ConditionCleared(AssetId asset, FailureMode failureMode, Instant at, String ruleSetVersion)
        implements ConditionEvent {
    public ConditionCleared {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    }
}
