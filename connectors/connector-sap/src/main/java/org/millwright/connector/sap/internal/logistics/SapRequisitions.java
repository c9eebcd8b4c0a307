package org.millwright.connector.sap.internal.logistics;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.sap.SapConfig;
import org.millwright.connector.sap.internal.odata.OData;
import org.millwright.connector.sap.internal.odata.ODataClient;
import tools.jackson.databind.JsonNode;

/**
 * Purchase requisitions in {@code API_PURCHASEREQ_PROCESS_SRV}, created by deep insert of header and items.
 * The episode key goes into every item's {@code PurReqnExternalReference} (35 characters) and each create
 * looks it up first.
 */
public final class SapRequisitions {
    private static final int REFERENCE_LENGTH = 35;

    private final ODataClient client;
    private final SapConfig.Requisitions config;
    private final Clock clock;

    public SapRequisitions(ODataClient client, SapConfig.Requisitions config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
    }

    public Optional<RequisitionRecord> find(String externalReference) {
        JsonNode answer = client.get("findRequisition", config.service(), "A_PurchaseRequisitionItem?$filter="
                + OData.encode("PurReqnExternalReference eq " + OData.literal(externalReference))
                + "&$select=PurchaseRequisition,PurchaseRequisitionItem,PurReqnExternalReference");
        try {
            return OData.results(answer).stream().findFirst()
                    .map(row -> new RequisitionRecord(OData.text(row, "PurchaseRequisition"), externalReference));
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, "findRequisition",
                    "unexpected answer (" + e.getMessage() + "): " + answer);
        }
    }

    public RequisitionRecord requisition(RequisitionRequest request) {
        String reference = request.externalReference();
        if (reference.isBlank() || reference.length() > REFERENCE_LENGTH) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, "requisition", "external reference '" + reference
                    + "' does not fit PurReqnExternalReference (1 to " + REFERENCE_LENGTH + " characters)");
        }
        Optional<RequisitionRecord> existing = find(reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        String deliveryDate = OData.date(clock.instant().plus(config.deliveryLeadTime()).truncatedTo(ChronoUnit.DAYS));
        List<Map<String, Object>> items = new ArrayList<>();
        int number = 10;
        for (SparePart part : request.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            // SAP does not confirm that it numbers items itself: send 10, 20, 30...
            item.put("PurchaseRequisitionItem", Integer.toString(number));
            item.put("Material", part.material());
            item.put("RequestedQuantity", Integer.toString(part.quantity()));
            item.put("Plant", request.plant());
            item.put("PurchasingOrganization", config.purchasingOrganization());
            item.put("PurchasingGroup", config.purchasingGroup());
            config.companyCode().ifPresent(code -> item.put("CompanyCode", code));
            item.put("DeliveryDate", deliveryDate);
            item.put("PurReqnExternalReference", reference);
            item.put("PurReqnExternalSystemId", config.externalSystemId());
            items.add(item);
            number += 10;
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("PurchaseRequisitionType", config.requisitionType());
        header.put("PurReqnDescription", truncate("Spare parts " + request.asset() + " " + reference, 40));
        header.put("to_PurchaseReqnItem", Map.of("results", items));
        JsonNode created = client.post("requisition", config.service(), "A_PurchaseRequisitionHeader", header);
        try {
            return new RequisitionRecord(OData.text(OData.entity(created), "PurchaseRequisition"), reference);
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, "requisition",
                    "unexpected answer to the create (" + e.getMessage() + "): " + created);
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
