package org.millwright.connector.maximo.internal.supply;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.maximo.MaximoConfig;
import org.millwright.connector.maximo.internal.rest.MaximoHttp;
import org.millwright.connector.maximo.internal.rest.Oslc;
import tools.jackson.databind.JsonNode;

/**
 * Purchase requisitions in {@code mxapipr} with their {@code prline}s. The episode key goes into the configured
 * reference attribute; each create first queries it and carries a {@code transactionid} derived from it.
 */
public final class MaximoRequisitions {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final MaximoHttp http;
    private final MaximoConfig config;
    private final MaximoInventory inventory;
    private final Clock clock;
    private final String select;

    public MaximoRequisitions(MaximoHttp http, MaximoConfig config, MaximoInventory inventory, Clock clock) {
        this.http = http;
        this.config = config;
        this.inventory = inventory;
        this.clock = clock;
        this.select = "prnum,siteid,status," + config.referenceAttribute() + ",href";
    }

    public Optional<RequisitionRecord> find(String externalReference) {
        JsonNode answer = http.query("findRequisition", "mxapipr", "oslc.select=" + Oslc.encode(select)
                + "&oslc.where=" + Oslc.encode(Oslc.eq(config.referenceAttribute(), externalReference) + " and "
                + Oslc.eq("siteid", config.siteId())));
        try {
            return Oslc.members(answer).stream().findFirst()
                    .map(row -> new RequisitionRecord(Oslc.requiredText(row, "prnum"), externalReference));
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(MaximoHttp.SYSTEM, "findRequisition",
                    "unexpected answer (" + e.getMessage() + "): " + answer);
        }
    }

    public RequisitionRecord requisition(RequisitionRequest request) {
        String reference = request.externalReference();
        Optional<RequisitionRecord> existing = find(reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        Duration lead = config.requisitionLeadTime();
        String storeroom = inventory.storeroom(request.plant());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteid", config.siteId());
        config.orgId().ifPresent(org -> body.put("orgid", org));
        body.put("description", "Spare parts for " + request.asset() + " (" + reference + ")");
        body.put(config.referenceAttribute(), reference);
        body.put("requireddate", DATE.format(OffsetDateTime.ofInstant(clock.instant().plus(lead)
                .truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)));
        List<Map<String, Object>> lines = request.items().stream().map(part -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("linetype", "ITEM");
            line.put("itemnum", part.material());
            line.put("orderqty", part.quantity());
            line.put("storeloc", storeroom);
            return line;
        }).toList();
        body.put("prline", lines);
        String transactionId = "millwright-" + reference + "-create-mxapipr";
        MaximoHttp.Created created = http.create("requisition", "mxapipr", body, select, transactionId);
        if (created.outcome() == MaximoHttp.Outcome.ALREADY_DONE) {
            return find(reference).orElseThrow(() -> ConnectorException.retriable(MaximoHttp.SYSTEM, "requisition",
                    "Maximo answered 409 to transactionid " + transactionId + " (already committed) but holds no "
                            + "requisition with reference " + reference + " yet", null));
        }
        JsonNode record = created.record().orElseThrow();
        try {
            return new RequisitionRecord(Oslc.requiredText(record, "prnum"), reference);
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(MaximoHttp.SYSTEM, "requisition",
                    "unexpected answer to the create (" + e.getMessage() + "): " + record);
        }
    }
}
