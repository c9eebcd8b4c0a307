package org.millwright.connector.sap.internal.logistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.StockLevel;
import org.millwright.connector.sap.SapConfig;
import org.millwright.connector.sap.internal.odata.OData;
import org.millwright.connector.sap.internal.odata.ODataClient;
import tools.jackson.databind.JsonNode;

/**
 * Reads stock from {@code API_MATERIAL_STOCK_SRV}'s {@code A_MatlStkInAcctMod}, which splits a material's
 * stock by every key dimension (storage location, batch, special stock...): the rows of the configured stock
 * type are summed. The quantities are decimal strings; a fraction of a base unit is not counted. This is
 * physical stock: SAP does not subtract open reservations in this API.
 */
public final class SapStock {
    private static final String SELECT = "Material,Plant,StorageLocation,Batch,InventoryStockType,"
            + "InventorySpecialStockType,MatlWrhsStkQtyInMatlBaseUnit,MaterialBaseUnit";

    private final ODataClient client;
    private final SapConfig.Stock config;

    public SapStock(ODataClient client, SapConfig.Stock config) {
        this.client = client;
        this.config = config;
    }

    public StockLevel stock(String material, String plant) {
        String filter = "Material eq " + OData.literal(material) + " and Plant eq " + OData.literal(plant)
                + config.storageLocation().map(location -> " and StorageLocation eq " + OData.literal(location))
                .orElse("") + " and InventoryStockType eq " + OData.literal(config.stockType());
        JsonNode answer = client.get("stock", config.service(), "A_MatlStkInAcctMod?$filter=" + OData.encode(filter)
                + "&$select=" + SELECT);
        try {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode row : OData.results(answer)) {
                total = total.add(OData.decimal(row, "MatlWrhsStkQtyInMatlBaseUnit"));
            }
            BigDecimal whole = total.setScale(0, RoundingMode.FLOOR);
            return new StockLevel(material, plant, whole.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, ODataClient.SYSTEM, "stock",
                    "unexpected stock answer (" + e.getMessage() + "): " + answer, e);
        }
    }
}
