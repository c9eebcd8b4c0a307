package org.millwright.connector;

import java.util.Objects;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/** A maintenance notification or work order as the EAM holds it. {@code open} is false once completed or closed. */
public record WorkRecord(String id, String externalReference, AssetId asset, FailureMode failureMode, boolean open) {
    public WorkRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failureMode, "failureMode");
    }
}
