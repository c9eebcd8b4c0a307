package org.millwright.connector;

import java.util.List;
import java.util.Objects;

/**
 * A stock reservation as the ERP holds it.
 *
 * @param shortfall what the ERP could not reserve for lack of stock (empty when the reservation is complete); the
 *                  workflow requisitions it. An adapter whose partial-stock policy releases a partial reservation
 *                  reports every requested item here.
 */
public record ReservationRecord(String id, String externalReference, List<SparePart> shortfall) {
    public ReservationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(externalReference, "externalReference");
        shortfall = List.copyOf(shortfall);
    }

    /** A reservation that covers every requested item. */
    public ReservationRecord(String id, String externalReference) {
        this(id, externalReference, List.of());
    }

    public boolean complete() {
        return shortfall.isEmpty();
    }
}
