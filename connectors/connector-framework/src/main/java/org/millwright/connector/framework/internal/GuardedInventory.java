package org.millwright.connector.framework.internal;

import java.util.Optional;
import org.millwright.connector.Inventory;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.StockLevel;

/** {@link Inventory} whose every call goes through the system's guarded pipeline. */
final class GuardedInventory implements Inventory {
    private final GuardedCalls calls;
    private final Inventory adapter;

    GuardedInventory(GuardedCalls calls, Inventory adapter) {
        this.calls = calls;
        this.adapter = adapter;
    }

    @Override
    public StockLevel stock(String material, String plant) {
        return calls.call("stock", () -> adapter.stock(material, plant));
    }

    @Override
    public Optional<ReservationRecord> findReservation(String externalReference) {
        return calls.call("findReservation", () -> adapter.findReservation(externalReference));
    }

    @Override
    public ReservationRecord reserve(ReservationRequest request) {
        return calls.callOnce("reserve", () -> adapter.reserve(request));
    }

    @Override
    public void release(String reservationId, String externalReference) {
        calls.runOnce("release", () -> adapter.release(reservationId, externalReference));
    }

    @Override
    public void consume(String reservationId, String externalReference) {
        calls.runOnce("consume", () -> adapter.consume(reservationId, externalReference));
    }
}
