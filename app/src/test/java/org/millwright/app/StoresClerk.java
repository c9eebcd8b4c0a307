package org.millwright.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.millwright.connector.tryton.TrytonQueries;
import tools.jackson.databind.JsonNode;

/**
 * Someone at Tryton who takes stock for other work, directly in Tryton and not through the hub: an internal shipment
 * from the storage zone {@code STO} to the maintenance crib {@code MAINT}, assigned at once. What it takes is no
 * longer available to the hub's reservations.
 */
final class StoresClerk {
    private final TrytonQueries tryton;

    StoresClerk(TrytonQueries tryton) {
        this.tryton = tryton;
    }

    /** Takes {@code quantity} of {@code material} (in its default unit); returns the shipment's id. */
    long take(String material, double quantity, String reference) {
        JsonNode product = tryton.searchRead("product.product", List.of(List.of("code", "=", material)),
                List.of("default_uom")).get(0);
        long from = location("STO");
        long to = location("MAINT");
        long company = tryton.searchRead("company.company", List.of(List.of("party.code", "=", "ACME")),
                List.of("id")).get(0).get("id").asLong();
        LocalDate today = LocalDate.now();
        Map<String, Object> date = Map.of("__class__", "date", "year", today.getYear(), "month",
                today.getMonthValue(), "day", today.getDayOfMonth());
        Map<String, Object> move = Map.of("product", product.get("id").asLong(), "uom",
                product.get("default_uom").asLong(), "quantity", quantity, "from_location", from,
                "to_location", to, "company", company);
        Map<String, Object> shipment = Map.of("company", company, "reference", reference, "from_location", from,
                "to_location", to, "planned_date", date, "planned_start_date", date,
                "moves", List.of(List.of("create", List.of(move))));
        long id = tryton.call("model.stock.shipment.internal.create", List.of(List.of(shipment)), Map.of())
                .get(0).asLong();
        tryton.call("model.stock.shipment.internal.wait", List.of(List.of(id)), Map.of());
        if (!tryton.call("model.stock.shipment.internal.assign_try", List.of(List.of(id)), Map.of()).asBoolean()) {
            throw new IllegalStateException("Tryton could not assign " + quantity + " " + material + " from STO");
        }
        return id;
    }

    private long location(String code) {
        return tryton.searchRead("stock.location", List.of(List.of("code", "=", code)), List.of("id")).get(0)
                .get("id").asLong();
    }
}
