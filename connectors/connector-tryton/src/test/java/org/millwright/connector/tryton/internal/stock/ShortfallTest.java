package org.millwright.connector.tryton.internal.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.connector.SparePart;

class ShortfallTest {

    @Test
    void aWaitingShipmentLacksItsUnassignedMovesPerMaterial() {
        Shipments.Shipment shipment = new Shipments.Shipment(1, "EP-1", "waiting", List.of(
                new Shipments.Move(6, "VB-SPA-1250", 12.0, "assigned"),
                new Shipments.Move(5, "SKF-6205-2RS", 4.0, "assigned"),
                new Shipments.Move(4, "VB-SPA-1250", 38.0, "draft")));

        assertThat(TrytonReservations.shortfall(shipment)).containsExactly(new SparePart("VB-SPA-1250", 38));
    }

    @Test
    void aCancelledShipmentLacksEverythingItWasAskedFor() {
        Shipments.Shipment shipment = new Shipments.Shipment(2, "EP-2", "cancelled", List.of(
                new Shipments.Move(7, "VB-SPA-1250", 12.0, "cancelled"),
                new Shipments.Move(8, "VB-SPA-1250", 38.0, "cancelled"),
                new Shipments.Move(9, "HOSE-HYD-12", 1.5, "cancelled")));

        assertThat(TrytonReservations.shortfall(shipment)).containsExactly(
                new SparePart("HOSE-HYD-12", 2), new SparePart("VB-SPA-1250", 50));
    }

    @Test
    void anAssignedOrDoneShipmentLacksNothing() {
        List<Shipments.Move> moves = List.of(new Shipments.Move(1, "SKF-6205-2RS", 4.0, "assigned"));

        assertThat(TrytonReservations.shortfall(new Shipments.Shipment(3, "EP-3", "assigned", moves))).isEmpty();
        assertThat(TrytonReservations.shortfall(new Shipments.Shipment(3, "EP-3", "done",
                List.of(new Shipments.Move(1, "SKF-6205-2RS", 4.0, "done"))))).isEmpty();
    }
}
