package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.millwright.connector.tryton.PartialStockPolicy;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, "It must show", against a real Tryton 6.0 at the level of the hub: the maintenance workflow of an episode
 * at site north checks availability, reserves, splits partial stock under both policies and raises purchase requests
 * in Tryton, through the sample systems file. Every expectation is read back from Tryton itself (as its
 * administrator, not through the adapter) and from the hub's own API.
 */
class TrytonHubIT extends TrytonBackedHub {

    @Test
    void reservesPartsThatTrytonHasInStockWithOneAssignedShipmentAndBuysNothing() {
        JsonNode before = availability("north-l1-motor-01", BEARING, 2);

        String key = awaitCompleted(raise("north-l1-motor-01", "bearing-wear"));

        assertThat(before.get("system").asString()).isEqualTo(TrytonRouting.SYSTEM);
        assertThat(before.get("plant").asString()).isEqualTo("N100");
        assertThat(before.get("items").get(0).get("available").asInt()).isEqualTo(40);
        JsonNode shipment = records.onlyShipment(key);
        // reserved, then issued to the repair when the work was done
        assertThat(shipment.get("state").asString()).isEqualTo("done");
        assertThat(shipment.get("from_location.").get("code").asString()).isEqualTo("STO");
        assertThat(shipment.get("to_location.").get("code").asString()).isEqualTo("MAINT");
        assertThat(records.moves(shipment)).containsExactly(BEARING + " 2.0 done");
        assertThat(records.purchaseRequests(key)).isEmpty();
        assertThat(tryton.quantity(BEARING, "STO", true)).isEqualTo(38.0);
        assertThat(availability("north-l1-motor-01", BEARING, 2).get("items").get(0).get("available").asInt())
                .isEqualTo(38);
        JsonNode episode = episode(key);
        assertThat(episode.get("records").get("reservation").asString()).isEqualTo(shipment.get("id").asString());
        assertThat(episode.get("records").has("purchaseRequisition")).isFalse();
        assertThat(step(episode, "check-stock").get("outcome").asString()).isEqualTo("true");
        assertThat(step(episode, "reserve-stock").get("outcome").asString()).isEqualTo(shipment.get("id").asString());
        assertThat(step(episode, "consume-spares").get("outcome").asString()).isEqualTo(shipment.get("id").asString());
        assertThat(stepNames(episode)).doesNotContain("request-purchase:DONE")
                .contains("set-equipment-running:DONE", "close-episode:DONE");
    }

    @Test
    void keepsThePartOfAReservationThatStockCoversAndBuysOnlyTheShortfallUnderKeepPartial() {
        String key = raiseRepairThatStockCoversOnlyInPart("north-l1-pump-01");

        // what was reserved was issued to the repair when the work was done; the unreserved rest was dropped
        JsonNode shipment = records.onlyShipment(key);
        assertThat(shipment.get("state").asString()).isEqualTo("done");
        assertThat(records.moves(shipment)).containsExactlyInAnyOrder(BELT + " 4.0 done", HOSE + " 5.0 done");
        assertThat(records.purchaseRequests(key)).containsExactly(BELT + " 4.0 draft");
        assertThat(tryton.quantity(BELT, "STO", true)).isZero();
        assertThat(tryton.quantity(HOSE, "STO", true)).isEqualTo(20.0);
        JsonNode episode = episode(key);
        assertThat(episode.get("records").get("reservation").asString()).isEqualTo(shipment.get("id").asString());
        assertThat(episode.get("records").get("purchaseRequisition").asString())
                .isEqualTo(records.purchaseRequestIds(key));
        assertThat(step(episode, "reserve-stock").get("outcome").asString())
                .isEqualTo(shipment.get("id").asString() + " (short: " + BELT + ":4)");
        assertThat(step(episode, "request-purchase").get("state").asString()).isEqualTo("DONE");
    }

    @Test
    void cancelsAPartialReservationAndBuysEverythingUnderReleaseAndRequisitionAll() {
        usePolicy(PartialStockPolicy.RELEASE_AND_REQUISITION_ALL);

        String key = raiseRepairThatStockCoversOnlyInPart("north-l1-pump-02");

        JsonNode shipment = records.onlyShipment(key);
        assertThat(shipment.get("state").asString()).isEqualTo("cancelled");
        assertThat(records.moves(shipment)).isNotEmpty().allMatch(move -> move.endsWith(" cancelled"));
        assertThat(records.purchaseRequests(key)).containsExactlyInAnyOrder(BELT + " 8.0 draft", HOSE + " 5.0 draft");
        // released: the clerk's 8 belts are gone, nothing else is held
        assertThat(tryton.quantity(BELT, "STO", true)).isEqualTo(4.0);
        assertThat(tryton.quantity(HOSE, "STO", true)).isEqualTo(25.0);
        JsonNode episode = episode(key);
        assertThat(episode.get("records").get("purchaseRequisition").asString())
                .isEqualTo(records.purchaseRequestIds(key)).contains(",");
        // the reserve step keeps the id of the shipment it cancelled; the shortfall is listed by material code
        assertThat(step(episode, "reserve-stock").get("outcome").asString()).isEqualTo(shipment.get("id").asString()
                + " (short: " + HOSE + ":5," + BELT + ":8)");
        assertThat(step(episode, "consume-spares").get("outcome").asString()).isEqualTo("nothing reserved");
    }

    @Test
    void buysEverythingAndReservesNothingWhenTrytonHasNoStock() {
        String key = awaitCompleted(raise("north-l1-pump-03", "seal-leak"));

        assertThat(tryton.shipments(key)).isEmpty();
        assertThat(records.purchaseRequests(key)).containsExactly(SEAL_KIT + " 2.0 draft");
        JsonNode request = records.requests(key).get(0);
        assertThat(request.get("warehouse.").get("code").asString()).isEqualTo("WH");
        assertThat(request.get("description").asString()).startsWith("[hub:" + key + "] 2 x " + SEAL_KIT);
        JsonNode episode = episode(key);
        assertThat(step(episode, "check-stock").get("outcome").asString()).isEqualTo("false");
        assertThat(stepNames(episode)).noneMatch(step -> step.startsWith("reserve-stock"));
        assertThat(episode.get("records").has("reservation")).isFalse();
        assertThat(episode.get("records").get("purchaseRequisition").asString())
                .isEqualTo(records.purchaseRequestIds(key));
    }

    @Test
    void anotherSiteKeepsItsStockAndPurchasingOnTheSandbox() {
        int creates = GATE.forwarded("model.stock.shipment.internal.create");

        String key = awaitCompleted(raise("south-l1-pump-01", "bearing-wear"));

        JsonNode episode = episode(key);
        assertThat(episode.get("records").get("reservation").asString()).startsWith("RES-");
        assertThat(tryton.shipments(key)).isEmpty();
        assertThat(records.purchaseRequests(key)).isEmpty();
        assertThat(GATE.forwarded("model.stock.shipment.internal.create")).isEqualTo(creates);
        assertThat(availability("south-l1-pump-01", BELT, 8).get("system").asString()).isEqualTo("sandbox");
    }

    private JsonNode availability(String asset, String material, int quantity) {
        Http.Response answer = Http.post(hub("/api/v1/spare-part-availability"), "{\"assetId\":\"" + asset
                + "\",\"items\":[{\"material\":\"" + material + "\",\"quantity\":" + quantity + "}]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
