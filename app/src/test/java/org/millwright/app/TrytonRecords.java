package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.millwright.connector.tryton.TrytonQueries;
import tools.jackson.databind.JsonNode;

/** What Tryton itself holds for a hub key, read as its administrator and put in the words the tests compare. */
final class TrytonRecords {
    private final TrytonQueries tryton;

    TrytonRecords(TrytonQueries tryton) {
        this.tryton = tryton;
    }

    /** The only internal shipment whose reference is {@code key}; fails when there are none or several. */
    JsonNode onlyShipment(String key) {
        List<JsonNode> shipments = tryton.shipments(key);
        assertThat(shipments).as("Tryton's internal shipments with reference " + key).hasSize(1);
        return shipments.get(0);
    }

    /** A shipment's moves, as {@code "<material> <quantity> <state>"}. */
    List<String> moves(JsonNode shipment) {
        return tryton.moves(shipment.get("id").asLong()).stream().map(move -> move.get("product.").get("code")
                .asString() + " " + move.get("quantity").asDouble() + " " + move.get("state").asString()).toList();
    }

    /** The purchase requests for {@code key}, as {@code "<material> <quantity> <state>"}, oldest first. */
    List<String> purchaseRequests(String key) {
        return requests(key).stream().map(request -> request.get("product.").get("code").asString() + " "
                + request.get("quantity").asDouble() + " " + request.get("state").asString()).toList();
    }

    /** The ids of the purchase requests for {@code key}, comma-separated, oldest first: the hub's requisition id. */
    String purchaseRequestIds(String key) {
        return String.join(",", requests(key).stream().map(request -> request.get("id").asString()).toList());
    }

    List<JsonNode> requests(String key) {
        return tryton.purchaseRequests("[hub:" + key + "]");
    }
}
