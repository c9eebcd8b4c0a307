package org.millwright.connector.sap.internal.logistics;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.sap.SapConfig;
import org.millwright.connector.sap.internal.odata.OData;
import org.millwright.connector.sap.internal.odata.ODataClient;
import tools.jackson.databind.JsonNode;

/**
 * Reservations in {@code API_RESERVATION_DOCUMENT_SRV}, created by deep insert of header and items. SAP has no
 * external-reference field on reservations, so the episode key is the whole {@code ReservationItemText} of
 * every item (a filterable marker) and each create looks it up first.
 */
public final class SapReservations {
    private static final int TEXT_LENGTH = 50;

    private final ODataClient client;
    private final SapConfig.Reservations config;
    private final Clock clock;

    public SapReservations(ODataClient client, SapConfig.Reservations config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
    }

    public Optional<ReservationRecord> find(String externalReference) {
        JsonNode answer = client.get("findReservation", config.service(), "A_ReservationDocumentItem?$filter="
                + OData.encode("ReservationItemText eq " + OData.literal(externalReference))
                + "&$select=Reservation,ReservationItem,ReservationItemText,ReservationItmIsMarkedForDeltn");
        try {
            return OData.results(answer).stream()
                    .filter(row -> !OData.flag(row, "ReservationItmIsMarkedForDeltn"))
                    .findFirst()
                    .map(row -> new ReservationRecord(OData.text(row, "Reservation"), externalReference));
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, "findReservation",
                    "unexpected answer (" + e.getMessage() + "): " + answer);
        }
    }

    public ReservationRecord reserve(ReservationRequest request) {
        String reference = request.externalReference();
        if (reference.isBlank() || reference.length() > TEXT_LENGTH) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, "reserve", "external reference '" + reference
                    + "' does not fit ReservationItemText (1 to " + TEXT_LENGTH + " characters)");
        }
        Optional<ReservationRecord> existing = find(reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        String today = OData.date(clock.instant().truncatedTo(ChronoUnit.DAYS));
        List<Map<String, Object>> items = new ArrayList<>();
        for (SparePart part : request.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("Product", part.material());
            item.put("Plant", request.plant());
            config.storageLocation().ifPresent(location -> item.put("StorageLocation", location));
            item.put("ResvnItmRequiredQtyInBaseUnit", Integer.toString(part.quantity()));
            item.put("MatlCompRequirementDate", today);
            item.put("GoodsMovementIsAllowed", true);
            item.put("ReservationItemText", reference);
            items.add(item);
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("GoodsMovementType", config.goodsMovementType());
        header.put("CostCenter", config.costCenter());
        header.put("ReservationDate", today);
        header.put("to_ReservationDocumentItem", Map.of("results", items));
        JsonNode created = client.post("reserve", config.service(), "A_ReservationDocumentHeader", header);
        try {
            return new ReservationRecord(OData.text(OData.entity(created), "Reservation"), reference);
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, "reserve",
                    "unexpected answer to the create (" + e.getMessage() + "): " + created);
        }
    }
}
