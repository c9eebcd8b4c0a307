package org.millwright.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.millwright.model.AssetId;
import org.millwright.model.Severity;

/** Ask production planning for a maintenance window on the asset's line, no earlier than {@code earliestStart}. */
public record WindowRequest(String externalReference, AssetId asset, String line, Severity severity,
                            Instant earliestStart, Duration duration) {
    public WindowRequest {
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(duration, "duration");
    }
}
