package org.millwright.connector.tryton.internal.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.connector.tryton.PartialStockPolicy.KEEP_PARTIAL;
import static org.millwright.connector.tryton.PartialStockPolicy.RELEASE_AND_REQUISITION_ALL;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnfinishedReservationTest {
    private static final List<Shipments.Move> NOTHING_ASSIGNED = List.of(
            new Shipments.Move(1, "VB-SPA-1250", 8.0, "draft"));
    private static final List<Shipments.Move> PART_ASSIGNED = List.of(
            new Shipments.Move(2, "VB-SPA-1250", 4.0, "assigned"), new Shipments.Move(3, "VB-SPA-1250", 4.0, "draft"));

    @Test
    void aDraftShipmentIsAReserveThatStoppedAfterTheCreate() {
        Shipments.Shipment draft = new Shipments.Shipment(1, "EP-1", "draft", NOTHING_ASSIGNED);

        assertThat(TrytonReservations.finished(draft, KEEP_PARTIAL)).isFalse();
        assertThat(TrytonReservations.finished(draft, RELEASE_AND_REQUISITION_ALL)).isFalse();
    }

    @Test
    void aWaitingShipmentWithNothingAssignedIsOneWhoseAssignmentMayNotHaveRun() {
        Shipments.Shipment waiting = new Shipments.Shipment(2, "EP-2", "waiting", NOTHING_ASSIGNED);

        assertThat(TrytonReservations.finished(waiting, KEEP_PARTIAL)).isFalse();
    }

    @Test
    void aPartlyAssignedWaitingShipmentIsFinishedOnlyWhenThePolicyKeepsPartialStock() {
        Shipments.Shipment partial = new Shipments.Shipment(3, "EP-3", "waiting", PART_ASSIGNED);

        assertThat(TrytonReservations.finished(partial, KEEP_PARTIAL)).isTrue();
        assertThat(TrytonReservations.finished(partial, RELEASE_AND_REQUISITION_ALL)).isFalse();
    }

    @Test
    void anAssignedOrDoneShipmentIsFinished() {
        List<Shipments.Move> assigned = List.of(new Shipments.Move(4, "SKF-6205-2RS", 2.0, "assigned"));

        assertThat(TrytonReservations.finished(new Shipments.Shipment(4, "EP-4", "assigned", assigned),
                RELEASE_AND_REQUISITION_ALL)).isTrue();
        assertThat(TrytonReservations.finished(new Shipments.Shipment(5, "EP-5", "done", assigned),
                KEEP_PARTIAL)).isTrue();
    }
}
