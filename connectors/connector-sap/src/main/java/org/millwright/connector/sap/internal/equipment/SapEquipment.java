package org.millwright.connector.sap.internal.equipment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.sap.SapEquipmentLink;
import org.millwright.connector.sap.internal.odata.OData;
import org.millwright.connector.sap.internal.odata.ODataClient;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads equipment from {@code API_EQUIPMENT}. The key has two parts (number and validity end), so the read
 * filters on the number and takes the time segment that is valid longest (the open one, 31.12.9999).
 * SAP gives the name, the plants and the inactive / deletion flags; the rest of the record comes from the
 * configured {@link SapEquipmentLink}.
 */
public final class SapEquipment {
    private static final Logger LOG = LoggerFactory.getLogger(SapEquipment.class);
    private static final String SELECT = "Equipment,EquipmentName,MaintenancePlanningPlant,MaintenancePlant,"
            + "ValidityEndDate,EquipmentIsInactive,EquipmentIsMarkedForDeletion";

    private final ODataClient client;
    private final String service;
    private final EquipmentIndex index;

    public SapEquipment(ODataClient client, String service, EquipmentIndex index) {
        this.client = client;
        this.service = service;
        this.index = index;
    }

    public Optional<EquipmentRecord> equipment(AssetId asset) {
        Optional<SapEquipmentLink> link = index.link(asset);
        return link.isEmpty() ? Optional.empty() : read(link.get(), "equipment");
    }

    /** Every linked asset SAP knows; an equipment SAP does not know is logged and left out. */
    public List<EquipmentRecord> allEquipment() {
        List<EquipmentRecord> records = new ArrayList<>();
        for (SapEquipmentLink link : index.links()) {
            read(link, "allEquipment").ifPresentOrElse(records::add, () -> LOG.warn(
                    "SAP has no equipment {} linked to asset {}", link.equipmentNumber(), link.asset().id()));
        }
        return records;
    }

    private Optional<EquipmentRecord> read(SapEquipmentLink link, String operation) {
        JsonNode answer = client.get(operation, service, "Equipment?$filter="
                + OData.encode("Equipment eq " + OData.literal(link.equipmentNumber())) + "&$select=" + SELECT);
        try {
            return OData.results(answer).stream()
                    .max(Comparator.comparing(row -> OData.optionalText(row, "ValidityEndDate").isPresent()
                            ? OData.date(row, "ValidityEndDate") : Instant.MIN))
                    .map(row -> record(link, row));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, ODataClient.SYSTEM, operation,
                    "unexpected equipment answer (" + e.getMessage() + "): " + answer, e);
        }
    }

    private static EquipmentRecord record(SapEquipmentLink link, JsonNode row) {
        Asset configured = link.asset();
        Asset asset = new Asset(configured.id(), OData.optionalText(row, "EquipmentName").orElse(configured.name()),
                configured.assetClass(), configured.location(), configured.machineGroup(), configured.support());
        String plant = OData.optionalText(row, "MaintenancePlanningPlant")
                .or(() -> OData.optionalText(row, "MaintenancePlant"))
                .orElseThrow(() -> new IllegalArgumentException("neither MaintenancePlanningPlant nor MaintenancePlant"));
        // the contract has no system status (running, broken...): only the inactive and deletion flags
        EquipmentStatus status = OData.flag(row, "EquipmentIsInactive") || OData.flag(row, "EquipmentIsMarkedForDeletion")
                ? EquipmentStatus.STOPPED : EquipmentStatus.RUNNING;
        return new EquipmentRecord(asset, OData.text(row, "Equipment"), plant, status, link.spareParts());
    }
}
