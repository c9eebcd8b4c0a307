package org.millwright.connector.tryton.internal.master;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.tryton.TrytonConfig;
import org.millwright.connector.tryton.internal.rpc.RpcValues;
import org.millwright.connector.tryton.internal.rpc.TrytonRpc;
import tools.jackson.databind.JsonNode;

/**
 * Finds the Tryton records behind the codes the hub speaks: a plant's locations (looked up once per plant, then
 * cached: location ids do not change) and products by code (looked up on every call, so a product created or
 * deactivated in Tryton counts at once). Unknown codes are permanent failures that name them. Thread-safe.
 */
public final class Catalog {
    /** The ids of a plant's locations. */
    public record PlantLocations(String plant, long warehouse, long storage, long maintenance) {
    }

    /** A product variant: its id, its code (the hub's material) and its default unit, the unit of quantities. */
    public record Product(long id, String code, long uom) {
    }

    private final TrytonRpc rpc;
    private final Map<String, TrytonConfig.Plant> plants;
    private final Map<String, PlantLocations> locations = new ConcurrentHashMap<>();

    public Catalog(TrytonRpc rpc, Map<String, TrytonConfig.Plant> plants) {
        this.rpc = rpc;
        this.plants = Map.copyOf(plants);
    }

    public PlantLocations plant(String operation, String plant) {
        PlantLocations known = locations.get(plant);
        if (known != null) {
            return known;
        }
        TrytonConfig.Plant codes = plants.get(plant);
        if (codes == null) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "plant '" + plant
                    + "' has no Tryton locations configured (configured plants: " + String.join(", ",
                    plants.keySet().stream().sorted().toList()) + ")");
        }
        List<JsonNode> rows = rpc.searchRead(operation, "stock.location", List.of(List.of("code", "in",
                List.of(codes.warehouse(), codes.storage(), codes.maintenance()))), List.of("id", "code", "type"));
        PlantLocations found = new PlantLocations(plant, location(operation, plant, rows, codes.warehouse(),
                "warehouse"), location(operation, plant, rows, codes.storage(), "storage"),
                location(operation, plant, rows, codes.maintenance(), "storage"));
        locations.put(plant, found);
        return found;
    }

    /** The products with these codes, by code; fails naming every code Tryton has no active product for. */
    public Map<String, Product> products(String operation, Collection<String> codes) {
        Set<String> wanted = new LinkedHashSet<>(codes);
        List<JsonNode> rows = rpc.searchRead(operation, "product.product",
                List.of(List.of("code", "in", List.copyOf(wanted))), List.of("id", "code", "default_uom"));
        Map<String, Product> found = new LinkedHashMap<>();
        try {
            for (JsonNode row : rows) {
                String code = RpcValues.text(row, "code");
                if (found.put(code, new Product(RpcValues.id(row, "id"), code,
                        RpcValues.id(row, "default_uom"))) != null) {
                    throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation,
                            "more than one active Tryton product has code '" + code + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "unexpected product row: "
                    + e.getMessage());
        }
        List<String> missing = new ArrayList<>(wanted);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "unknown material" + (missing.size() > 1
                    ? "s " : " ") + String.join(", ", missing.stream().map(code -> "'" + code + "'").toList())
                    + ": Tryton has no active product with that code");
        }
        return found;
    }

    private static long location(String operation, String plant, List<JsonNode> rows, String code, String type) {
        List<JsonNode> matches = rows.stream().filter(row -> code.equals(row.path("code").asString(""))).toList();
        if (matches.size() != 1) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "plant '" + plant + "': "
                    + (matches.isEmpty() ? "Tryton has no location with code '" + code + "'"
                    : "more than one Tryton location has code '" + code + "'"));
        }
        JsonNode row = matches.get(0);
        if (!type.equals(row.path("type").asString(""))) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "plant '" + plant + "': location '"
                    + code + "' is of type '" + row.path("type").asString("") + "', expected '" + type + "'");
        }
        return row.path("id").asLong();
    }
}
