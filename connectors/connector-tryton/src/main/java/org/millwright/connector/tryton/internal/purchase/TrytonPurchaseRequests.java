package org.millwright.connector.tryton.internal.purchase;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.tryton.internal.master.Catalog;
import org.millwright.connector.tryton.internal.rpc.TrytonRpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A requisition as Tryton purchase requests ({@code purchase.request}), one per item, created in one call (so all or
 * none). Tryton has no external-reference field and no uniqueness on requests, so each request's description starts
 * with {@code [hub:<key>]} and every create first searches for it (not cancelled): a repeat, also after Tryton
 * committed but the answer was lost, returns the requests made the first time. The search uses {@code like}, whose
 * wildcards and case-insensitivity (on SQLite) could match other keys, so its rows are filtered on the exact prefix.
 *
 * <p>The requisition id is the comma-separated list of the request ids, oldest first (e.g. {@code 12,13}).
 */
public final class TrytonPurchaseRequests {
    private static final Logger LOG = LoggerFactory.getLogger(TrytonPurchaseRequests.class);
    private static final String MODEL = "purchase.request";

    private final TrytonRpc rpc;
    private final Catalog catalog;
    private final Duration leadTime;
    private final Clock clock;

    public TrytonPurchaseRequests(TrytonRpc rpc, Catalog catalog, Duration leadTime, ZoneId zone, Clock clock) {
        this.rpc = rpc;
        this.catalog = catalog;
        this.leadTime = leadTime;
        this.clock = clock.withZone(zone);
    }

    /** The description prefix that marks the requests of one hub key. */
    public static String marker(String externalReference) {
        return "[hub:" + externalReference + "]";
    }

    public Optional<RequisitionRecord> find(String externalReference) {
        return find("findRequisition", externalReference);
    }

    public RequisitionRecord requisition(RequisitionRequest request) {
        String operation = "requisition";
        String reference = request.externalReference();
        for (SparePart part : request.items()) {
            if (part.quantity() <= 0) {
                // Tryton accepts a negative quantity on a purchase request: refuse it before sending
                throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "quantity of " + part.material()
                        + " must be positive: " + part.quantity());
            }
        }
        Optional<RequisitionRecord> existing = find(operation, reference);
        if (existing.isPresent()) {
            LOG.info("Purchase requests {} already carry {}", existing.get().id(), reference);
            return existing.get();
        }
        Catalog.PlantLocations plant = catalog.plant(operation, request.plant());
        Map<String, Catalog.Product> products = catalog.products(operation,
                request.items().stream().map(SparePart::material).toList());
        long company = rpc.companyId(operation);
        LocalDate supplyDate = LocalDate.now(clock).plusDays(wholeDays(leadTime));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SparePart part : request.items()) {
            Catalog.Product product = products.get(part.material());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("product", product.id());
            row.put("quantity", (double) part.quantity());
            row.put("uom", product.uom());
            row.put("warehouse", plant.warehouse());
            row.put("company", company);
            row.put("supply_date", supplyDate);
            row.put("description", marker(reference) + " " + part.quantity() + " x " + part.material()
                    + " for asset " + request.asset().value() + " at plant " + request.plant());
            rows.add(row);
        }
        JsonNode ids = rpc.call(operation, "model." + MODEL + ".create", List.of(rows));
        if (!ids.isArray() || ids.size() != rows.size()) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "model." + MODEL
                    + ".create answered no list of " + rows.size() + " ids: " + ids);
        }
        List<Long> created = new ArrayList<>();
        ids.forEach(id -> created.add(id.asLong()));
        RequisitionRecord record = new RequisitionRecord(join(created), reference);
        LOG.info("Created purchase requests {} for {}", record.id(), reference);
        return record;
    }

    private Optional<RequisitionRecord> find(String operation, String reference) {
        String marker = marker(reference);
        List<JsonNode> rows = rpc.searchRead(operation, MODEL, List.of(List.of("description", "like", marker + "%"),
                List.of("state", "!=", "cancelled")), List.of("description"));
        List<Long> ids = rows.stream().filter(row -> row.path("description").asString("").startsWith(marker))
                .map(row -> row.path("id").asLong()).toList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(new RequisitionRecord(join(ids), reference));
    }

    private static String join(List<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static long wholeDays(Duration duration) {
        long days = duration.toDays();
        return duration.minusDays(days).isZero() ? days : days + 1;
    }
}
