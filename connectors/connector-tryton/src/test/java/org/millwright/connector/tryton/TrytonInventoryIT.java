package org.millwright.connector.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.tryton.TrytonFixtures.PLANT;
import static org.millwright.connector.tryton.TrytonFixtures.newKey;
import static org.millwright.connector.tryton.TrytonFixtures.reservation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.SparePart;
import tools.jackson.databind.JsonNode;

/**
 * The inventory port against a real Tryton 6.0. Every expectation is checked in Tryton itself ({@link TrytonQueries}
 * as admin). Tests share one database, so they reserve the bearing and compare availability before and after.
 */
class TrytonInventoryIT {
    private static final String BEARING = "SKF-6205-2RS";

    @RegisterExtension
    static final TrytonServer TRYTON = new TrytonServer();

    private static TrytonQueries tryton;
    private static TrytonConnector connector;
    private static WireTap tap;
    private static TrytonConnector tapped;

    @BeforeAll
    static void connect() throws IOException {
        tryton = TrytonQueries.admin(TRYTON);
        connector = TrytonFixtures.connector(TRYTON.url(), PartialStockPolicy.KEEP_PARTIAL);
        tap = new WireTap(TRYTON.port());
        tapped = TrytonFixtures.connector(tap.url(), PartialStockPolicy.KEEP_PARTIAL);
    }

    @AfterAll
    static void closeTap() throws IOException {
        tap.close();
    }

    @Test
    void readsWhatIsLeftToReserveAtThePlantsStorageLocation() {
        assertThat(connector.stock("HOSE-HYD-12", PLANT).available()).isEqualTo(25);
        assertThat(connector.stock("SEAL-KIT-C45", PLANT).available()).isZero();
        assertThat(connector.stock(BEARING, PLANT).available())
                .isEqualTo((int) tryton.quantity(BEARING, "STO", true));
    }

    @Test
    void reservesInFullWithAnAssignedInternalShipmentFromStorageToTheMaintenanceCrib() {
        int before = connector.stock(BEARING, PLANT).available();
        String key = newKey();

        ReservationRecord record = connector.reserve(reservation(key, new SparePart(BEARING, 4)));

        assertThat(record.complete()).isTrue();
        assertThat(record.externalReference()).isEqualTo(key);
        JsonNode shipment = onlyShipment(key);
        assertThat(shipment.get("id").asString()).isEqualTo(record.id());
        assertThat(shipment.get("state").asString()).isEqualTo("assigned");
        assertThat(shipment.get("from_location.").get("code").asString()).isEqualTo("STO");
        assertThat(shipment.get("to_location.").get("code").asString()).isEqualTo("MAINT");
        List<JsonNode> moves = tryton.moves(shipment.get("id").asLong());
        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.get("product.").get("code").asString()).isEqualTo(BEARING);
            assertThat(move.get("quantity").asDouble()).isEqualTo(4.0);
            assertThat(move.get("state").asString()).isEqualTo("assigned");
        });
        assertThat(tryton.quantity(BEARING, "STO", true)).isEqualTo(before - 4);
        assertThat(connector.stock(BEARING, PLANT).available()).isEqualTo(before - 4);
    }

    @Test
    void findsAReservationByItsKeyAndNoneForAnUnknownKey() {
        String key = newKey();
        ReservationRecord record = connector.reserve(reservation(key, new SparePart(BEARING, 1)));

        assertThat(connector.findReservation(key)).contains(record);
        assertThat(connector.findReservation(newKey())).isEmpty();
    }

    @Test
    void releasingGivesTheStockBackAndReleasingAgainDoesNothing() {
        String key = newKey();
        int before = connector.stock(BEARING, PLANT).available();
        ReservationRecord record = connector.reserve(reservation(key, new SparePart(BEARING, 3)));
        assertThat(connector.stock(BEARING, PLANT).available()).isEqualTo(before - 3);

        connector.release(record.id(), key);
        connector.release(record.id(), key);

        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("cancelled");
        assertThat(tryton.quantity(BEARING, "STO", true)).isEqualTo(before);
        assertThat(connector.findReservation(key)).isEmpty();
    }

    @Test
    void consumingIssuesTheStockToTheMaintenanceCribAndConsumingAgainDoesNothing() {
        String key = newKey();
        double storage = tryton.quantity(BEARING, "STO", false);
        double crib = tryton.quantity(BEARING, "MAINT", false);
        ReservationRecord record = connector.reserve(reservation(key, new SparePart(BEARING, 2)));

        connector.consume(record.id(), key);
        connector.consume(record.id(), key);

        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("done");
        assertThat(tryton.quantity(BEARING, "STO", false)).isEqualTo(storage - 2);
        assertThat(tryton.quantity(BEARING, "MAINT", false)).isEqualTo(crib + 2);
    }

    @Test
    void reservingTheSameKeyFiveTimesLeavesOneShipmentInTryton() {
        String key = newKey();
        int before = connector.stock(BEARING, PLANT).available();

        List<ReservationRecord> records = IntStream.range(0, 5)
                .mapToObj(i -> connector.reserve(reservation(key, new SparePart(BEARING, 2)))).toList();

        assertThat(records).containsOnly(records.get(0));
        assertThat(tryton.shipments(key)).hasSize(1);
        assertThat(tryton.quantity(BEARING, "STO", true)).isEqualTo(before - 2);
    }

    @Test
    void aLostAnswerToTheCreateIsRetriableAndTheRetryFinishesTheSameShipment() {
        String key = newKey();
        tap.loseNextAnswerTo("model.stock.shipment.internal.create");

        ConnectorException lost = catchThrowableOfType(ConnectorException.class,
                () -> tapped.reserve(reservation(key, new SparePart(BEARING, 1))));

        assertThat(lost.isRetriable()).isTrue();
        assertThat(onlyShipment(key).get("state").asString()).as("Tryton committed the create").isEqualTo("draft");

        ReservationRecord retried = tapped.reserve(reservation(key, new SparePart(BEARING, 1)));

        JsonNode shipment = onlyShipment(key);
        assertThat(shipment.get("id").asString()).isEqualTo(retried.id());
        assertThat(shipment.get("state").asString()).isEqualTo("assigned");
    }

    @Test
    void aShipmentAReserveLeftUnfinishedIsNoReservationAndTheNextReserveFinishesIt() {
        String afterCreate = newKey();
        String afterWait = newKey();
        tap.loseNextAnswerTo("model.stock.shipment.internal.create");
        catchThrowableOfType(ConnectorException.class,
                () -> tapped.reserve(reservation(afterCreate, new SparePart(BEARING, 1))));
        tap.loseNextAnswerTo("model.stock.shipment.internal.wait");
        catchThrowableOfType(ConnectorException.class,
                () -> tapped.reserve(reservation(afterWait, new SparePart(BEARING, 1))));

        assertThat(onlyShipment(afterCreate).get("state").asString()).isEqualTo("draft");
        assertThat(onlyShipment(afterWait).get("state").asString()).isEqualTo("waiting");
        assertThat(connector.findReservation(afterCreate)).isEmpty();
        assertThat(connector.findReservation(afterWait)).isEmpty();

        ReservationRecord finished = connector.reserve(reservation(afterWait, new SparePart(BEARING, 1)));

        assertThat(finished.complete()).isTrue();
        assertThat(onlyShipment(afterWait).get("state").asString()).isEqualTo("assigned");
        assertThat(connector.findReservation(afterWait)).contains(finished);
    }

    @Test
    void aLostAnswerToTheAssignmentIsRetriableAndTheRetryReportsTheSameReservation() {
        String key = newKey();
        int before = connector.stock(BEARING, PLANT).available();
        tap.loseNextAnswerTo("model.stock.shipment.internal.assign_try");

        ConnectorException lost = catchThrowableOfType(ConnectorException.class,
                () -> tapped.reserve(reservation(key, new SparePart(BEARING, 1))));
        ReservationRecord retried = tapped.reserve(reservation(key, new SparePart(BEARING, 1)));

        assertThat(lost.isRetriable()).isTrue();
        assertThat(retried.complete()).isTrue();
        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("assigned");
        assertThat(tryton.quantity(BEARING, "STO", true)).isEqualTo(before - 1);
    }

    @Test
    void releasingAConsumedReservationFailsPermanentlyWhenTrytonIgnoresTheCancel() {
        String key = newKey();
        ReservationRecord record = connector.reserve(reservation(key, new SparePart(BEARING, 1)));
        connector.consume(record.id(), key);

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.release(record.id(), key));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.operation()).isEqualTo("release");
        assertThat(failure.upstreamMessage()).contains("'cancel'", "expected state 'cancelled', found 'done'");
        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("done");
    }

    @Test
    void consumingAReleasedReservationFailsPermanentlyWhenTrytonIgnoresTheDone() {
        String key = newKey();
        ReservationRecord record = connector.reserve(reservation(key, new SparePart(BEARING, 1)));
        connector.release(record.id(), key);

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.consume(record.id(), key));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).contains("'done'", "expected state 'done', found 'cancelled'");
        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("cancelled");
    }

    @Test
    void consumingAcknowledgesTrytonsWarningAboutMovesDatedInTheFuture() {
        String key = newKey();
        ReservationRecord record = connector.reserve(reservation(key, new SparePart(BEARING, 1)));
        long move = tryton.moves(Long.parseLong(record.id())).get(0).get("id").asLong();
        LocalDate future = LocalDate.now().plusDays(30);
        tryton.call("model.stock.move.write", List.of(List.of(move), Map.of("effective_date", Map.of(
                "__class__", "date", "year", future.getYear(), "month", future.getMonthValue(),
                "day", future.getDayOfMonth()))), Map.of());

        connector.consume(record.id(), key);

        // Tryton finishes moves dated in the future only once its warning is acknowledged (and then deletes the
        // one-time acknowledgement, so the move's kept date is the evidence)
        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("done");
        JsonNode done = tryton.moves(Long.parseLong(record.id())).get(0);
        assertThat(done.get("state").asString()).isEqualTo("done");
        assertThat(done.get("effective_date").get("day").asInt()).isEqualTo(future.getDayOfMonth());
        assertThat(done.get("effective_date").get("month").asInt()).isEqualTo(future.getMonthValue());
    }

    @Test
    void anUnknownMaterialIsAPermanentFailureThatNamesIt() {
        String key = newKey();

        ConnectorException stock = catchThrowableOfType(ConnectorException.class,
                () -> connector.stock("NO-SUCH-PART", PLANT));
        ConnectorException reserve = catchThrowableOfType(ConnectorException.class,
                () -> connector.reserve(reservation(key, new SparePart(BEARING, 1), new SparePart("NO-SUCH-PART", 1))));

        assertThat(stock.isRetriable()).isFalse();
        assertThat(stock.upstreamMessage()).contains("unknown material 'NO-SUCH-PART'");
        assertThat(reserve.isRetriable()).isFalse();
        assertThat(reserve.upstreamMessage()).contains("'NO-SUCH-PART'").doesNotContain(BEARING);
        assertThat(tryton.shipments(key)).isEmpty();
    }

    @Test
    void aPlantWithoutConfiguredLocationsIsAPermanentFailure() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.stock(BEARING, "9999"));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).contains("plant '9999'", "configured plants: " + PLANT);
    }

    @Test
    void releasingWithAnotherKeyThanTheShipmentCarriesIsRefused() {
        String key = newKey();
        ReservationRecord record = connector.reserve(reservation(key, new SparePart(BEARING, 1)));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.release(record.id(), "EP-000000000000"));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).contains("carries reference '" + key + "'");
        assertThat(onlyShipment(key).get("state").asString()).isEqualTo("assigned");
    }

    private static JsonNode onlyShipment(String key) {
        List<JsonNode> shipments = tryton.shipments(key);
        assertThat(shipments).as("internal shipments with reference %s", key).hasSize(1);
        return shipments.get(0);
    }
}
