package org.millwright.connector.sap.internal.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.WorkRecord;
import org.millwright.connector.sap.SapConfig;
import org.millwright.connector.sap.internal.equipment.EquipmentIndex;
import org.millwright.connector.sap.internal.odata.OData;
import org.millwright.connector.sap.internal.odata.ODataClient;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import tools.jackson.databind.JsonNode;

/**
 * Maintenance notifications in {@code API_MAINTNOTIFICATION}. The episode key goes into
 * {@code MaintNotifExtReferenceNumber} (20 characters) and every create first looks it up with
 * {@code $filter}, so a create whose answer was lost, retried, yields the notification SAP already has.
 */
public final class SapNotifications {
    /** The failure mode of a notification whose catalog coding maps to no configured failure mode. */
    public static final FailureMode UNSPECIFIED = FailureMode.of("unspecified");
    private static final int REFERENCE_LENGTH = 20;
    private static final String SELECT = "MaintenanceNotification,MaintNotifExtReferenceNumber,TechnicalObject,"
            + "TechnicalObjectLabel,NotifProcessingPhase,MaintNotificationCodeGroup,MaintNotificationCode";

    private final ODataClient client;
    private final SapConfig.Notifications config;
    private final EquipmentIndex index;
    private final Clock clock;

    public SapNotifications(ODataClient client, SapConfig.Notifications config, EquipmentIndex index, Clock clock) {
        this.client = client;
        this.config = config;
        this.index = index;
        this.clock = clock;
    }

    public Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode) {
        String equipment = index.equipmentNumber(asset, "findOpenWork");
        Optional<SapConfig.CatalogCode> coding = Optional.ofNullable(config.failureCodes().get(failureMode));
        String filter = "TechnicalObject eq " + OData.literal(equipment) + " and TechObjIsEquipOrFuncnlLoc eq 'EAMS_EQUI'"
                + coding.map(code -> " and MaintNotificationCodeGroup eq " + OData.literal(code.codeGroup())
                        + " and MaintNotificationCode eq " + OData.literal(code.code())).orElse("");
        for (JsonNode row : query("findOpenWork", filter)) {
            WorkRecord work = decode("findOpenWork", row, Optional.of(asset));
            // an unmapped failure mode cannot be filtered: any open notification without known coding counts
            boolean sameMode = work.failureMode().equals(failureMode)
                    || (coding.isEmpty() && work.failureMode().equals(UNSPECIFIED));
            if (work.open() && sameMode) {
                return Optional.of(new WorkRecord(work.id(), work.externalReference(), asset, failureMode, true));
            }
        }
        return Optional.empty();
    }

    public Optional<WorkRecord> findByExternalReference(String externalReference) {
        List<JsonNode> rows = query("findByExternalReference",
                "MaintNotifExtReferenceNumber eq " + OData.literal(externalReference));
        return rows.stream().findFirst().map(row -> decode("findByExternalReference", row, Optional.empty()));
    }

    public WorkRecord create(NotificationRequest request) {
        requireReference(request.externalReference(), "createNotification");
        Optional<WorkRecord> existing = findByExternalReference(request.externalReference());
        if (existing.isPresent()) {
            return existing.get();
        }
        String equipment = index.equipmentNumber(request.asset(), "createNotification");
        Instant now = clock.instant();
        Instant midnight = now.truncatedTo(ChronoUnit.DAYS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("NotificationText", truncate(request.shortText(), 40));
        body.put("NotificationType", config.notificationType());
        body.put("MaintPriority", config.priorities().get(request.severity()));
        body.put("TechnicalObject", equipment);
        body.put("TechObjIsEquipOrFuncnlLoc", "EAMS_EQUI");
        body.put("MalfunctionStartDate", OData.date(midnight));
        Duration sinceMidnight = Duration.between(midnight, now);
        body.put("MalfunctionStartTime", String.format("PT%02dH%02dM%02dS", sinceMidnight.toHours(),
                sinceMidnight.toMinutesPart(), sinceMidnight.toSecondsPart()));
        body.put("MaintNotifExtReferenceNumber", request.externalReference());
        String longText = request.shortText().length() > 40 ? request.shortText() + "\n" + request.longText()
                : request.longText();
        body.put("MaintNotifLongTextForEdit", truncate(longText, 1333));
        config.planningPlant().ifPresent(plant -> body.put("MaintenancePlanningPlant", plant));
        config.mainWorkCenter().ifPresent(centre -> body.put("MainWorkCenter", centre));
        config.reportedByUser().ifPresent(user -> body.put("ReportedByUser", user));
        Optional.ofNullable(config.failureCodes().get(request.failureMode())).ifPresent(code -> {
            body.put("MaintNotificationCodeGroup", code.codeGroup());
            body.put("MaintNotificationCode", code.code());
        });
        JsonNode created = client.post("createNotification", config.service(), "MaintenanceNotification", body);
        try {
            JsonNode entity = OData.entity(created);
            return new WorkRecord(OData.text(entity, "MaintenanceNotification"), request.externalReference(),
                    request.asset(), request.failureMode(), isOpen(entity));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, ODataClient.SYSTEM, "createNotification",
                    "unexpected answer to the create (" + e.getMessage() + "): " + created, e);
        }
    }

    /** Completes the notification unless it is already completed; refuses one that carries another episode's reference. */
    public void complete(String id, String externalReference) {
        JsonNode answer = client.get("completeNotification", config.service(), "MaintenanceNotification"
                + OData.key(id) + "?$select=" + SELECT);
        WorkRecord work = decode("completeNotification", OData.entity(answer), Optional.empty());
        // a notification opened by hand carries no reference and may be the open work an episode joined
        if (!work.externalReference().isEmpty() && !work.externalReference().equals(externalReference)) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, "completeNotification", "notification " + id
                    + " carries external reference '" + work.externalReference() + "', not '" + externalReference + "'");
        }
        if (!work.open()) {
            return;
        }
        client.action("completeNotification", config.service(), "CompleteMaintNotification?MaintenanceNotification="
                + OData.encode(OData.literal(id)) + "&MaintNotifReferenceDateTime="
                + OData.encode(OData.dateTimeOffsetLiteral(clock.instant().truncatedTo(ChronoUnit.SECONDS))));
    }

    private List<JsonNode> query(String operation, String filter) {
        JsonNode answer = client.get(operation, config.service(), "MaintenanceNotification?$filter="
                + OData.encode(filter) + "&$select=" + SELECT);
        try {
            return OData.results(answer);
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, operation, e.getMessage());
        }
    }

    private WorkRecord decode(String operation, JsonNode row, Optional<AssetId> knownAsset) {
        try {
            String equipment = OData.optionalText(row, "TechnicalObjectLabel")
                    .orElseGet(() -> OData.text(row, "TechnicalObject"));
            AssetId asset = knownAsset.or(() -> index.asset(equipment)).orElseThrow(() ->
                    new IllegalArgumentException("equipment " + equipment + " is linked to no asset"));
            FailureMode mode = config.failureCodes().entrySet().stream()
                    .filter(entry -> entry.getValue().codeGroup().equals(OData.optionalText(row,
                            "MaintNotificationCodeGroup").orElse(""))
                            && entry.getValue().code().equals(OData.optionalText(row, "MaintNotificationCode").orElse("")))
                    .map(Map.Entry::getKey).findFirst().orElse(UNSPECIFIED);
            return new WorkRecord(OData.text(row, "MaintenanceNotification"),
                    OData.optionalText(row, "MaintNotifExtReferenceNumber").orElse(""), asset, mode, isOpen(row));
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, ODataClient.SYSTEM, operation,
                    "unexpected notification (" + e.getMessage() + "): " + row, e);
        }
    }

    private boolean isOpen(JsonNode entity) {
        return OData.optionalText(entity, "NotifProcessingPhase").map(phase -> !config.closedPhases().contains(phase))
                .orElse(true);
    }

    static void requireReference(String reference, String operation) {
        if (reference.isBlank() || reference.length() > REFERENCE_LENGTH) {
            throw ConnectorException.permanent(ODataClient.SYSTEM, operation, "external reference '" + reference
                    + "' does not fit MaintNotifExtReferenceNumber (1 to " + REFERENCE_LENGTH + " characters)");
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
