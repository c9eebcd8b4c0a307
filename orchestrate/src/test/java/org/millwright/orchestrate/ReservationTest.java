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

    @Test
    void holdsPartsUnlessItsShortfallIsEverythingRequested() {
        List<SparePart> requested = List.of(new SparePart("BRG-6205", 2), new SparePart("SEAL-35", 1));

        assertThat(new Reservation("R1", List.of()).holdsAnyOf(requested)).isTrue();
        assertThat(new Reservation("R2", List.of(new SparePart("BRG-6205", 2))).holdsAnyOf(requested)).isTrue();
        assertThat(new Reservation("R3", List.of(new SparePart("BRG-6205", 1), new SparePart("SEAL-35", 1)))
                .holdsAnyOf(requested)).isTrue();
        assertThat(new Reservation("R4", requested).holdsAnyOf(requested)).isFalse();
    }

    @Test
    void describesTheIdAndWhatIsShort() {
        assertThat(new Reservation("R1", List.of()).describe()).isEqualTo("R1");
        assertThat(new Reservation("R2", List.of(new SparePart("BRG-6205", 2))).describe())
                .isEqualTo("R2 (short: BRG-6205:2)");
    }
}
