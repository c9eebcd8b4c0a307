package org.millwright.connector.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.tryton.TrytonFixtures.PLANT;
import static org.millwright.connector.tryton.TrytonFixtures.newKey;
import static org.millwright.connector.tryton.TrytonFixtures.reservation;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.SparePart;
import tools.jackson.databind.JsonNode;

/**
 * Reservations that stock covers only in part, under both policies, against a real Tryton 6.0 with a fresh seeded
 * database per test (V-belts 12 u, hose 25 m, bearings 40 u, seal kits 0).
 */
class TrytonPartialStockIT {
    private static final String BELT = "VB-SPA-1250";
    private static final String HOSE = "HOSE-HYD-12";
    private static final String BEARING = "SKF-6205-2RS";
    private static final String SEAL_KIT = "SEAL-KIT-C45";

    @RegisterExtension
    final TrytonServer server = new TrytonServer();

    private TrytonQueries tryton;
    private TrytonConnector keepPartial;
    private TrytonConnector releaseAll;

    @BeforeEach
    void connect() {
        tryton = TrytonQueries.admin(server);
        keepPartial = TrytonFixtures.connector(server.url(), PartialStockPolicy.KEEP_PARTIAL);
        releaseAll = TrytonFixtures.connector(server.url(), PartialStockPolicy.RELEASE_AND_REQUISITION_ALL);
    }

    @Test
    void keepingPartialStockLeavesTheAssignedPartOnAWaitingShipmentAndReportsTheRest() {
        String key = newKey();

        ReservationRecord record = keepPartial.reserve(reservation(key, new SparePart(BELT, 50),
                new SparePart(BEARING, 1)));

        assertThat(record.shortfall()).containsExactly(new SparePart(BELT, 38));
        JsonNode shipment = onlyShipment(key);
        assertThat(shipment.get("state").asString()).isEqualTo("waiting");
        assertThat(shipment.get("partially_assigned").asBoolean()).isTrue();
        assertThat(moves(shipment)).containsExactlyInAnyOrder(
                BELT + " 12.0 assigned", BELT + " 38.0 draft", BEARING + " 1.0 assigned");
        assertThat(tryton.quantity(BELT, "STO", true)).isZero();
        assertThat(tryton.quantity(BEARING, "STO", true)).isEqualTo(39.0);
    }

    @Test
    void aKeptPartialReservationIsFoundAndRepeatedWithTheSameShortfallAndNoSecondShipment() {
        String key = newKey();
        ReservationRecord first = keepPartial.reserve(reservation(key, new SparePart(BELT, 50)));

        ReservationRecord again = keepPartial.reserve(reservation(key, new SparePart(BELT, 50)));

        assertThat(keepPartial.findReservation(key)).contains(first);
        assertThat(again).isEqualTo(first);
        assertThat(again.shortfall()).containsExactly(new SparePart(BELT, 38));
        assertThat(tryton.shipments(key)).hasSize(1);
    }

    @Test
    void consumingAKeptPartialReservationIssuesWhatWasReservedAndDropsTheRest() {
        String key = newKey();
        ReservationRecord record = keepPartial.reserve(reservation(key, new SparePart(BELT, 50)));

        keepPartial.consume(record.id(), key);

        JsonNode shipment = onlyShipment(key);
        assertThat(shipment.get("state").asString()).isEqualTo("done");
        assertThat(moves(shipment)).containsExactly(BELT + " 12.0 done");
        assertThat(tryton.quantity(BELT, "STO", false)).isZero();
        assertThat(tryton.quantity(BELT, "MAINT", false)).isEqualTo(12.0);
    }

    @Test
    void withNothingInStockTheKeptShipmentWaitsForAllAndCannotBeConsumed() {
        String key = newKey();
        ReservationRecord record = keepPartial.reserve(reservation(key, new SparePart(SEAL_KIT, 2)));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> keepPartial.consume(record.id(), key));

        assertThat(record.shortfall()).containsExactly(new SparePart(SEAL_KIT, 2));
        assertThat(moves(onlyShipment(key))).containsExactly(SEAL_KIT + " 2.0 draft");
        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).contains("no stock assigned to issue", SEAL_KIT);
        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("waiting");
    }

    @Test
    void releasingOnPartialStockCancelsTheShipmentAndReportsEverythingAsShortfall() {
        String key = newKey();

        ReservationRecord record = releaseAll.reserve(reservation(key, new SparePart(HOSE, 30),
                new SparePart(BEARING, 2)));

        assertThat(record.shortfall()).containsExactly(new SparePart(HOSE, 30), new SparePart(BEARING, 2));
        JsonNode shipment = onlyShipment(key);
        assertThat(shipment.get("state").asString()).isEqualTo("cancelled");
        assertThat(moves(shipment)).allMatch(move -> move.endsWith(" cancelled"));
        assertThat(tryton.quantity(HOSE, "STO", true)).isEqualTo(25.0);
        assertThat(tryton.quantity(BEARING, "STO", true)).isEqualTo(40.0);
        assertThat(releaseAll.stock(HOSE, PLANT).available()).isEqualTo(25);
    }

    @Test
    void aReleasedPartialReservationIsNotFoundButRepeatingItReturnsTheSameCancelledShipment() {
        String key = newKey();
        ReservationRecord first = releaseAll.reserve(reservation(key, new SparePart(HOSE, 30)));

        ReservationRecord again = releaseAll.reserve(reservation(key, new SparePart(HOSE, 30)));

        assertThat(releaseAll.findReservation(key)).isEmpty();
        assertThat(again).isEqualTo(first);
        assertThat(again.shortfall()).containsExactly(new SparePart(HOSE, 30));
        assertThat(tryton.shipments(key)).hasSize(1);
    }

    @Test
    void theReleasePolicyKeepsAReservationThatStockCoversInFull() {
        String key = newKey();

        ReservationRecord record = releaseAll.reserve(reservation(key, new SparePart(HOSE, 25)));

        assertThat(record.complete()).isTrue();
        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("assigned");
        assertThat(releaseAll.stock(HOSE, PLANT).available()).isZero();
    }

    private JsonNode onlyShipment(String key) {
        List<JsonNode> shipments = tryton.shipments(key);
        assertThat(shipments).as("internal shipments with reference %s", key).hasSize(1);
        return shipments.get(0);
    }

    /** Each move as {@code <code> <quantity> <state>}. */
    private List<String> moves(JsonNode shipment) {
        return tryton.moves(shipment.get("id").asLong()).stream().map(move -> move.get("product.").get("code")
                .asString() + " " + move.get("quantity").asDouble() + " " + move.get("state").asString()).toList();
    }
}
