package org.millwright.connector.sap.internal.equipment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.sap.SapEquipmentLink;
import org.millwright.connector.sap.internal.odata.OData;
import org.millwright.connector.sap.internal.odata.ODataClient;
import org.millwright.model.AssetId;

/** The configured cross-reference between canonical assets and SAP equipment numbers, both ways. Immutable. */
public final class EquipmentIndex {
    private final Map<AssetId, SapEquipmentLink> byAsset;
    private final Map<String, AssetId> byEquipment = new HashMap<>();

    public EquipmentIndex(Map<AssetId, SapEquipmentLink> links) {
        this.byAsset = Map.copyOf(links);
        for (SapEquipmentLink link : links.values()) {
            AssetId previous = byEquipment.put(OData.externalForm(link.equipmentNumber()), link.asset().id());
            if (previous != null) {
                throw new IllegalArgumentException("SAP equipment " + link.equipmentNumber()
                        + " is linked to two assets: " + previous + " and " + link.asset().id());
            }
        }
    }

    public Optional<SapEquipmentLink> link(AssetId asset) {
        return Optional.ofNullable(byAsset.get(asset));
    }

    /** The asset's equipment number; a permanent failure for {@code operation} when none is configured. */
    public String equipmentNumber(AssetId asset, String operation) {
        return link(asset).map(SapEquipmentLink::equipmentNumber).orElseThrow(() -> ConnectorException.permanent(
                ODataClient.SYSTEM, operation, "no SAP equipment is configured for asset " + asset));
    }

    /** The asset linked to an equipment number in external or internal (zero-padded) form. */
    public Optional<AssetId> asset(String equipmentNumber) {
        return Optional.ofNullable(byEquipment.get(OData.externalForm(equipmentNumber)));
    }

    public Iterable<SapEquipmentLink> links() {
        return byAsset.values();
    }
}
