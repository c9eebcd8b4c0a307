package org.millwright.connector;

import java.util.Optional;

/** Port: the ERP's stock and reservations. */
public interface Inventory {
    /** What can still be reserved: unrestricted stock less what is already reserved. */
    StockLevel stock(String material, String plant);

    Optional<ReservationRecord> findReservation(String externalReference);

    /**
     * Reserves the items. When stock covers only part of them, the adapter's partial-stock policy decides whether the
     * partial reservation is kept; either way {@link ReservationRecord#shortfall()} says what is still missing.
     */
    ReservationRecord reserve(ReservationRequest request);

    /** Gives a reservation's stock back (the work was cancelled); releasing a released reservation does nothing. */
    void release(String reservationId, String externalReference);

    /** Issues the reserved stock to the work (the repair used it); consuming a consumed reservation does nothing. */
    void consume(String reservationId, String externalReference);
}
