package org.millwright.connector.maximo.internal.supply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.StockLevel;
import org.millwright.connector.maximo.internal.rest.MaximoHttp;
import org.millwright.connector.maximo.internal.rest.Oslc;
import tools.jackson.databind.JsonNode;

/**
 * Reads inventory balances from {@code mxapiinventory} for the storeroom that serves a plant. Per inventory
 * record the available balance is {@code avblbalance} (current less reserved) when Maximo sends it, else
 * {@code curbaltotal}, else the sum of the {@code invbalances} bins; a fraction of a unit is not counted.
 */
public final class MaximoInventory {
    private static final String SELECT = "itemnum,location,siteid,curbaltotal,avblbalance,invbalances{binnum,lotnum,curbal}";

    private final MaximoHttp http;
    private final String siteId;
    private final Map<String, String> storerooms;

    public MaximoInventory(MaximoHttp http, String siteId, Map<String, String> storerooms) {
        this.http = http;
        this.siteId = siteId;
        this.storerooms = storerooms;
    }

    /** The storeroom serving a plant: the configured one, or the plant name itself. */
    public String storeroom(String plant) {
        return storerooms.getOrDefault(plant, plant);
    }

    public StockLevel stock(String material, String plant) {
        String where = Oslc.eq("itemnum", material) + " and " + Oslc.eq("siteid", siteId) + " and "
                + Oslc.eq("location", storeroom(plant));
        JsonNode answer = http.query("stock", "mxapiinventory", "oslc.select=" + Oslc.encode(SELECT)
                + "&oslc.where=" + Oslc.encode(where));
        try {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode row : Oslc.members(answer)) {
                total = total.add(available(row));
            }
            BigDecimal whole = total.max(BigDecimal.ZERO).setScale(0, RoundingMode.FLOOR);
            return new StockLevel(material, plant, whole.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, MaximoHttp.SYSTEM, "stock",
                    "unexpected inventory answer (" + e.getMessage() + "): " + answer, e);
        }
    }

    private static BigDecimal available(JsonNode row) {
        Optional<BigDecimal> declared = Oslc.number(row, "avblbalance").or(() -> Oslc.number(row, "curbaltotal"));
        if (declared.isPresent()) {
            return declared.get();
        }
        BigDecimal bins = BigDecimal.ZERO;
        for (JsonNode bin : row.path("invbalances")) {
            bins = bins.add(Oslc.number(bin, "curbal").orElse(BigDecimal.ZERO));
        }
        return bins;
    }
}
