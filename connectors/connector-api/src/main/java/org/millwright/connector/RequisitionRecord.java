package org.millwright.connector;

import java.util.Objects;

/** A purchase requisition as the ERP holds it. */
public record RequisitionRecord(String id, String externalReference) {
    public RequisitionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalReference, "externalReference");
    }
}
