package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.orchestrate.EquipmentFacts;
import org.millwright.orchestrate.MaintenanceCase;
import org.millwright.orchestrate.MaintenanceSteps;
import org.millwright.orchestrate.Reservation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, "It must show": the reserve-stock and request-purchase steps of one episode, replayed five times each at
 * the level of the hub (the workflow's own {@link MaintenanceSteps} bean, after the workflow ran), leave exactly one
 * internal shipment and one purchase request for the episode in Tryton, as Tryton itself shows. Each round of five
 * replays takes a different path through the idempotency ledger ({@code sor_ledger}):
 * <ol>
 *   <li>the step is recorded DONE (a job that ran twice, an operator's retry): the ledger answers with the recorded
 *   result and no call reaches Tryton at all;</li>
 *   <li>the step's attempt is recorded but not its end (the hub died, or the answer was lost, after Tryton
 *   committed): lookup-before-create finds Tryton's record by the episode key and creates nothing;</li>
 *   <li>the ledger has no row for the step (a hub whose database lost it): the step creates, and only the
 *   adapter's own check of the key in Tryton keeps Tryton from a second record.</li>
 * </ol>
 */
class TrytonHubReplayIT extends TrytonBackedHub {
    private static final String SHIPMENT_CREATE = "model.stock.shipment.internal.create";
    private static final String REQUEST_CREATE = "model.purchase.request.create";
    private static final List<String> STEPS = List.of("reserve-stock", "request-purchase");

    @Autowired
    MaintenanceSteps steps;

    @Autowired
    JdbcClient jdbc;

    @Test
    void replayingReserveAndPurchaseFiveTimesLeavesOneShipmentAndOneRequestInTryton() {
        String key = raiseRepairThatStockCoversOnlyInPart("north-l1-pump-04");
        MaintenanceCase episode = new MaintenanceCase(EpisodeId.of(key), AssetId.of("north-l1-pump-04"),
                FailureMode.of("bearing-wear"), Severity.ALARM, "replay");
        EquipmentFacts facts = EquipmentFacts.decode(ledgerResult(key, "validate-asset"));
        Reservation first = Reservation.decode(ledgerResult(key, "reserve-stock"));
        String requisition = ledgerResult(key, "request-purchase");
        String shipmentId = records.onlyShipment(key).get("id").asString();
        assertThat(first.id()).isEqualTo(shipmentId);
        assertThat(requisition).isEqualTo(records.purchaseRequestIds(key));
        int shipmentCreates = GATE.forwarded(SHIPMENT_CREATE);
        int requestCreates = GATE.forwarded(REQUEST_CREATE);
        int lookups = lookups();

        replayFiveTimes(episode, facts, first, requisition, () -> { });
        assertThat(lookups()).as("recorded results: Tryton not asked").isEqualTo(lookups);

        replayFiveTimes(episode, facts, first, requisition, () -> jdbc.sql("""
                        update sor_ledger set state = 'PENDING', result = null, completed_at = null
                        where episode_id = :e and step in (:s)""")
                .param("e", key).param("s", STEPS).update());
        assertThat(lookups()).as("looked up in Tryton, both steps, five times").isGreaterThanOrEqualTo(lookups + 10);

        replayFiveTimes(episode, facts, first, requisition, () -> jdbc.sql(
                        "delete from sor_ledger where episode_id = :e and step in (:s)")
                .param("e", key).param("s", STEPS).update());

        assertThat(GATE.forwarded(SHIPMENT_CREATE)).as("no shipment create reached Tryton").isEqualTo(shipmentCreates);
        assertThat(GATE.forwarded(REQUEST_CREATE)).as("no request create reached Tryton").isEqualTo(requestCreates);
        JsonNode shipment = records.onlyShipment(key);
        assertThat(shipment.get("id").asString()).isEqualTo(shipmentId);
        // reserved in part, then issued to the repair when the work was done
        assertThat(shipment.get("state").asString()).isEqualTo("done");
        assertThat(records.moves(shipment)).containsExactlyInAnyOrder(BELT + " 4.0 done", HOSE + " 5.0 done");
        assertThat(records.purchaseRequests(key)).containsExactly(BELT + " 4.0 draft");
        assertThat(tryton.quantity(BELT, "STO", true)).isZero();
        assertThat(tryton.quantity(HOSE, "STO", true)).isEqualTo(20.0);
        JsonNode hubRecords = episode(key).get("records");
        assertThat(hubRecords.get("reservation").asString()).isEqualTo(shipmentId);
        assertThat(hubRecords.get("purchaseRequisition").asString()).isEqualTo(requisition);
    }

    /** Five times: {@code before}, then both steps again; each must answer what the workflow's run recorded. */
    private void replayFiveTimes(MaintenanceCase episode, EquipmentFacts facts, Reservation first,
                                 String requisition, Runnable before) {
        IntStream.range(0, 5).forEach(i -> {
            before.run();
            Reservation again = steps.reserveStock(episode, facts);
            // the workflow requisitions the shortfall it recorded; once the parts were issued to the repair, Tryton
            // reports the shipment without the unreserved rest, so only the id is the same thing again
            String requisitionAgain = steps.requestPurchase(episode, facts, first.shortfall());
            assertThat(again.id()).as("replay %d of reserve-stock", i + 1).isEqualTo(first.id());
            assertThat(requisitionAgain).as("replay %d of request-purchase", i + 1).isEqualTo(requisition);
            assertThat(tryton.shipments(episode.episode().value())).hasSize(1);
            assertThat(records.purchaseRequests(episode.episode().value())).hasSize(1);
        });
    }

    /** Searches for shipments and purchase requests that reached Tryton so far. */
    private static int lookups() {
        return GATE.forwarded("model.stock.shipment.internal.search_read")
                + GATE.forwarded("model.purchase.request.search_read");
    }

    private String ledgerResult(String key, String step) {
        return jdbc.sql("select result from sor_ledger where episode_id = :e and step = :s and state = 'DONE'")
                .param("e", key).param("s", step).query(String.class).single();
    }
}
