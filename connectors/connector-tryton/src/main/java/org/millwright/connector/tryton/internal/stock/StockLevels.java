package org.millwright.connector.tryton.internal.stock;

import java.util.List;
import java.util.Map;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.StockLevel;
import org.millwright.connector.tryton.internal.master.Catalog;
import org.millwright.connector.tryton.internal.rpc.RpcValues;
import org.millwright.connector.tryton.internal.rpc.TrytonRpc;
import tools.jackson.databind.JsonNode;

/**
 * What can still be reserved of a product at a plant: Tryton's {@code quantity} of the product read with the
 * context {@code locations=[storage location]} (that location and its children) and {@code stock_assign=true}
 * (physical stock less assigned outgoing moves). Without {@code locations} Tryton answers 0 for everything, so the
 * context is never left out.
 */
public final class StockLevels {
    private final TrytonRpc rpc;
    private final Catalog catalog;

    public StockLevels(TrytonRpc rpc, Catalog catalog) {
        this.rpc = rpc;
        this.catalog = catalog;
    }

    /** Whole units available; a fraction (metres of hose) rounds down, an overdrawn location counts as 0. */
    public StockLevel stock(String material, String plant) {
        String operation = "stock";
        Catalog.PlantLocations locations = catalog.plant(operation, plant);
        List<JsonNode> rows = rpc.searchRead(operation, "product.product", List.of(List.of("code", "=", material)),
                List.of("code", "quantity"), Map.of("locations", List.of(locations.storage()), "stock_assign", true));
        if (rows.isEmpty()) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "unknown material '" + material
                    + "': Tryton has no active product with that code");
        }
        if (rows.size() > 1) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation,
                    "more than one active Tryton product has code '" + material + "'");
        }
        double quantity;
        try {
            quantity = RpcValues.number(rows.get(0), "quantity");
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "unexpected product row: "
                    + e.getMessage());
        }
        return new StockLevel(material, plant, (int) Math.max(0, Math.floor(quantity + 1e-9)));
    }
}
