package org.millwright.connector.maximo.internal.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.maximo.MaximoAssetLink;
import org.millwright.connector.maximo.internal.rest.MaximoHttp;
import org.millwright.connector.maximo.internal.rest.Oslc;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads assets from {@code mxapiasset}. Maximo gives the description, the site and the status (mapped by
 * configuration); the rest of the record comes from the configured {@link MaximoAssetLink}. The site stands
 * for the plant.
 */
public final class MaximoAssets {
    private static final Logger LOG = LoggerFactory.getLogger(MaximoAssets.class);
    private static final String SELECT = "assetnum,siteid,description,status,location";

    private final MaximoHttp http;
    private final String siteId;
    private final AssetIndex index;
    private final Map<String, EquipmentStatus> statuses;

    public MaximoAssets(MaximoHttp http, String siteId, AssetIndex index, Map<String, EquipmentStatus> statuses) {
        this.http = http;
        this.siteId = siteId;
        this.index = index;
        this.statuses = statuses;
    }

    public Optional<EquipmentRecord> equipment(AssetId asset) {
        Optional<MaximoAssetLink> link = index.link(asset);
        return link.isEmpty() ? Optional.empty() : read(link.get(), "equipment");
    }

    /** Every linked asset Maximo knows; one Maximo does not know is logged and left out. */
    public List<EquipmentRecord> allEquipment() {
        List<EquipmentRecord> records = new ArrayList<>();
        for (MaximoAssetLink link : index.links()) {
            read(link, "allEquipment").ifPresentOrElse(records::add, () -> LOG.warn(
                    "Maximo has no asset {} at site {} linked to {}", link.assetNum(), siteId, link.asset().id()));
        }
        return records;
    }

    private Optional<EquipmentRecord> read(MaximoAssetLink link, String operation) {
        JsonNode answer = http.query(operation, "mxapiasset", "oslc.select=" + Oslc.encode(SELECT) + "&oslc.where="
                + Oslc.encode(Oslc.eq("assetnum", link.assetNum()) + " and " + Oslc.eq("siteid", siteId)));
        try {
            return Oslc.members(answer).stream().findFirst().map(row -> record(link, row));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, MaximoHttp.SYSTEM, operation,
                    "unexpected asset answer (" + e.getMessage() + "): " + answer, e);
        }
    }

    private EquipmentRecord record(MaximoAssetLink link, JsonNode row) {
        Asset configured = link.asset();
        Asset asset = new Asset(configured.id(), Oslc.text(row, "description").orElse(configured.name()),
                configured.assetClass(), configured.location(), configured.machineGroup(), configured.support());
        String status = Oslc.requiredText(row, "status");
        EquipmentStatus mapped = statuses.get(status);
        if (mapped == null) {
            throw new IllegalArgumentException("asset status '" + status + "' has no configured equipment status "
                    + "(assetStatuses knows " + statuses.keySet() + ")");
        }
        return new EquipmentRecord(asset, Oslc.requiredText(row, "assetnum"), Oslc.requiredText(row, "siteid"), mapped,
                link.spareParts());
    }
}
