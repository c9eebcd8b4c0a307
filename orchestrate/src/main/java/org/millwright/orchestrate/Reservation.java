package org.millwright.orchestrate;

import java.util.List;
import java.util.Objects;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.SparePart;

/**
 * What the reserve step keeps: the ERP's reservation id and what it could not reserve, which the workflow then
 * requisitions. Encoded as one line so the ledger and the workflow variables can hold it.
 */
public record Reservation(String id, List<SparePart> shortfall) {
    /** No reservation: the repair needs no spare parts. */
    public static final Reservation NOTHING = new Reservation("", List.of());

    public Reservation {
        Objects.requireNonNull(id, "id");
        shortfall = List.copyOf(shortfall);
        if (id.indexOf('|') >= 0) {
            throw new IllegalArgumentException("'|' is not allowed in a reservation id: " + id);
        }
    }

    static Reservation of(ReservationRecord record) {
        return new Reservation(record.id(), record.shortfall());
    }

    /** {@code id|material:qty,...}. */
    public String encode() {
        return id + '|' + EquipmentFacts.encodeParts(shortfall);
    }

    /** Whether the reservation holds any of {@code requested}: false when its shortfall is all of it. */
    public boolean holdsAnyOf(List<SparePart> requested) {
        for (SparePart part : requested) {
            int missing = shortfall.stream().filter(short_ -> short_.material().equals(part.material()))
                    .mapToInt(SparePart::quantity).sum();
            if (missing < part.quantity()) {
                return true;
            }
        }
        return false;
    }

    /** For people: the reservation id, and what it lacks when partial. */
    public String describe() {
        return shortfall.isEmpty() ? id : id + " (short: " + EquipmentFacts.encodeParts(shortfall) + ")";
    }

    public static Reservation decode(String encoded) {
        int bar = encoded.lastIndexOf('|');
        if (bar < 0) {
            return new Reservation(encoded, List.of()); // recorded before reservations could be partial
        }
        return new Reservation(encoded.substring(0, bar), EquipmentFacts.decodeParts(encoded.substring(bar + 1)));
    }
}
