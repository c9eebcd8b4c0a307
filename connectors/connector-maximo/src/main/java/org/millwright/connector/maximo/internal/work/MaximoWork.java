package org.millwright.connector.maximo.internal.work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.WorkRecord;
import org.millwright.connector.maximo.MaximoConfig;
import org.millwright.connector.maximo.internal.asset.AssetIndex;
import org.millwright.connector.maximo.internal.rest.MaximoHttp;
import org.millwright.connector.maximo.internal.rest.Oslc;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import tools.jackson.databind.JsonNode;

/**
 * Maintenance notifications as Maximo work orders ({@code mxapiwo}) or service requests ({@code mxapisr}).
 * The episode key goes into the configured reference attribute and the description; each create first queries
 * it (logical dedupe) and carries a {@code transactionid} derived from it, so that a retry Maximo rejects with
 * 409 is answered with the record it already holds.
 */
public final class MaximoWork {
    /** The failure mode of a record whose problem code maps to no configured failure mode. */
    public static final FailureMode UNSPECIFIED = FailureMode.of("unspecified");

    private final MaximoHttp http;
    private final MaximoConfig config;
    private final MaximoConfig.Work work;
    private final AssetIndex assets;
    private final String select;

    public MaximoWork(MaximoHttp http, MaximoConfig config, AssetIndex assets) {
        this.http = http;
        this.config = config;
        this.work = config.work();
        this.assets = assets;
        this.select = String.join(",", work.object().idAttribute(), "siteid", "status", "assetnum", "problemcode",
                config.referenceAttribute(), "href");
    }

    public Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode) {
        List<String> where = new ArrayList<>(List.of(Oslc.eq("assetnum", assets.assetNum(asset, "findOpenWork")),
                Oslc.eq("siteid", config.siteId()), Oslc.in("status", work.openStatuses())));
        if (work.object() == MaximoConfig.WorkObject.WORK_ORDER) {
            work.workType().ifPresent(type -> where.add(Oslc.eq("worktype", type)));
        }
        Optional.ofNullable(work.problemCodes().get(failureMode)).ifPresent(code -> where.add(Oslc.eq("problemcode", code)));
        for (JsonNode row : query("findOpenWork", String.join(" and ", where))) {
            WorkRecord found = decode("findOpenWork", row, Optional.of(asset));
            if (found.open() && (found.failureMode().equals(failureMode) || found.failureMode().equals(UNSPECIFIED))) {
                return Optional.of(new WorkRecord(found.id(), found.externalReference(), asset, failureMode, true));
            }
        }
        return Optional.empty();
    }

    public Optional<WorkRecord> findByExternalReference(String externalReference) {
        return query("findByExternalReference", Oslc.eq(config.referenceAttribute(), externalReference) + " and "
                + Oslc.eq("siteid", config.siteId())).stream().findFirst()
                .map(row -> decode("findByExternalReference", row, Optional.empty()));
    }

    public WorkRecord create(NotificationRequest request) {
        Optional<WorkRecord> existing = findByExternalReference(request.externalReference());
        if (existing.isPresent()) {
            return existing.get();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteid", config.siteId());
        config.orgId().ifPresent(org -> body.put("orgid", org));
        body.put("assetnum", assets.assetNum(request.asset(), "createNotification"));
        body.put("description", description(request));
        body.put("description_longdescription", request.longText());
        body.put(work.object().priorityAttribute(), work.priorities().get(request.severity()));
        if (work.object() == MaximoConfig.WorkObject.WORK_ORDER) {
            work.workType().ifPresent(type -> body.put("worktype", type));
        }
        work.reportedBy().ifPresent(user -> body.put("reportedby", user));
        Optional.ofNullable(work.problemCodes().get(request.failureMode())).ifPresent(code -> body.put("problemcode", code));
        body.put(config.referenceAttribute(), request.externalReference());
        String transactionId = "millwright-" + request.externalReference() + "-create-"
                + work.object().objectStructure();
        MaximoHttp.Created created = http.create("createNotification", work.object().objectStructure(), body, select,
                transactionId);
        if (created.outcome() == MaximoHttp.Outcome.ALREADY_DONE) {
            return findByExternalReference(request.externalReference()).orElseThrow(() -> ConnectorException.retriable(
                    MaximoHttp.SYSTEM, "createNotification", "Maximo answered 409 to transactionid " + transactionId
                            + " (already committed) but holds no record with reference "
                            + request.externalReference() + " yet", null));
        }
        WorkRecord record = decode("createNotification", created.record().orElseThrow(), Optional.of(request.asset()));
        return new WorkRecord(record.id(), request.externalReference(), request.asset(), request.failureMode(),
                record.open());
    }

    /** Sets the configured complete status unless the record already left the open statuses. */
    public void complete(String id, String externalReference) {
        List<JsonNode> rows = query("completeNotification", Oslc.eq(work.object().idAttribute(), id) + " and "
                + Oslc.eq("siteid", config.siteId()));
        if (rows.isEmpty()) {
            throw ConnectorException.permanent(MaximoHttp.SYSTEM, "completeNotification", "Maximo has no "
                    + work.object().idAttribute() + " " + id + " at site " + config.siteId());
        }
        JsonNode row = rows.get(0);
        Optional<String> reference = Oslc.text(row, config.referenceAttribute());
        if (reference.isPresent() && !reference.get().equals(externalReference)) {
            throw ConnectorException.permanent(MaximoHttp.SYSTEM, "completeNotification", work.object().idAttribute()
                    + " " + id + " carries reference '" + reference.get() + "', not '" + externalReference + "'");
        }
        if (!work.openStatuses().contains(Oslc.text(row, "status").orElse(""))) {
            return;
        }
        String href = Oslc.text(row, "href").orElseThrow(() -> ConnectorException.permanent(MaximoHttp.SYSTEM,
                "completeNotification", "Maximo answered without href for " + id + ": " + row));
        http.action("completeNotification", href, "wsmethod:changeStatus",
                Map.of("status", work.completeStatus(), "memo", "Completed; Millwright episode " + externalReference),
                "millwright-" + externalReference + "-complete-" + work.object().objectStructure());
    }

    private List<JsonNode> query(String operation, String where) {
        JsonNode answer = http.query(operation, work.object().objectStructure(), "oslc.select=" + Oslc.encode(select)
                + "&oslc.where=" + Oslc.encode(where));
        try {
            return Oslc.members(answer);
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(MaximoHttp.SYSTEM, operation, e.getMessage());
        }
    }

    private WorkRecord decode(String operation, JsonNode row, Optional<AssetId> knownAsset) {
        try {
            AssetId asset = knownAsset.or(() -> Oslc.text(row, "assetnum").flatMap(assets::asset)).orElseThrow(() ->
                    new IllegalArgumentException("assetnum '" + Oslc.text(row, "assetnum").orElse("")
                            + "' is linked to no asset"));
            String problemCode = Oslc.text(row, "problemcode").orElse("");
            FailureMode mode = work.problemCodes().entrySet().stream()
                    .filter(entry -> entry.getValue().equals(problemCode)).map(Map.Entry::getKey).findFirst()
                    .orElse(UNSPECIFIED);
            return new WorkRecord(Oslc.requiredText(row, work.object().idAttribute()),
                    Oslc.text(row, config.referenceAttribute()).orElse(""), asset, mode,
                    Oslc.text(row, "status").map(work.openStatuses()::contains).orElse(true));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, MaximoHttp.SYSTEM, operation,
                    "unexpected record (" + e.getMessage() + "): " + row, e);
        }
    }

    private static String description(NotificationRequest request) {
        // Maximo's description holds 100 characters; the reference stays visible to planners at its end
        String suffix = " (" + request.externalReference() + ")";
        String text = request.shortText();
        int room = Math.max(0, 100 - suffix.length());
        return (text.length() <= room ? text : text.substring(0, room)) + suffix;
    }
}
