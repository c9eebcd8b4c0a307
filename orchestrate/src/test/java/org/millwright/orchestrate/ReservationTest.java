package org.millwright.orchestrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.SparePart;

class ReservationTest {
    @Test
    void keepsTheShortfallThroughEncoding() {
        Reservation partial = Reservation.of(new ReservationRecord("shipment,12", "EP-1",
                List.of(new SparePart("VB-SPA-1250", 38))));

        assertThat(Reservation.decode(partial.encode())).isEqualTo(partial);
        assertThat(partial.encode()).isEqualTo("shipment,12|VB-SPA-1250:38");
    }

    @Test
    void decodesACompleteReservation() {
        assertThat(Reservation.decode(new Reservation("RES-0000001", List.of()).encode()))
                .isEqualTo(new Reservation("RES-0000001", List.of()));
    }

    @Test
    void readsAnIdRecordedBeforeReservationsCouldBePartial() {
        assertThat(Reservation.decode("RES-0000001")).isEqualTo(new Reservation("RES-0000001", List.of()));
    }
}
