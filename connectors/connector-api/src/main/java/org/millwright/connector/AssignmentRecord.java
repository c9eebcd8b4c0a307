package org.millwright.connector;

import java.util.Objects;

/** A technician assignment as field service holds it. */
public record AssignmentRecord(String id, String externalReference, String technician, boolean completed) {
    public AssignmentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(technician, "technician");
    }
}
