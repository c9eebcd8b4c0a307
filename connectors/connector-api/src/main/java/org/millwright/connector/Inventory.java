package org.millwright.connector;

import java.util.Optional;

/** Port: the ERP's stock and reservations. */
public interface Inventory {
    StockLevel stock(String material, String plant);

    Optional<ReservationRecord> findReservation(String externalReference);

    ReservationRecord reserve(ReservationRequest request);
}
