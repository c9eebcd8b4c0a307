package org.millwright.connector;

import java.time.Instant;
import java.util.Objects;

/** A maintenance window proposed by production planning. */
public record MaintenanceWindow(String id, String externalReference, Instant start, Instant end) {
    public MaintenanceWindow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
