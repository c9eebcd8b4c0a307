package org.millwright.connector;

import java.util.Objects;

/** A stock reservation as the ERP holds it. */
public record ReservationRecord(String id, String externalReference) {
    public ReservationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalReference, "externalReference");
    }
}
