package org.millwright.connector.sandbox.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.SparePart;
import org.millwright.connector.WorkRecord;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.Severity;
import org.millwright.model.SupportType;
import tools.jackson.databind.JsonNode;

/**
 * Maps the sandbox's JSON to the connector records. Wire data that does not fit throws
 * {@link IllegalArgumentException} naming the field; the caller decides whether that skips a record or fails
 * the call.
 */
public final class SandboxJson {

    private SandboxJson() {
    }

    /** The sandbox's notification priority for a severity: TRIP 1, ALARM 2, WARNING 3, ADVISORY 4. */
    public static int priority(Severity severity) {
        return switch (severity) {
            case TRIP -> 1;
            case ALARM -> 2;
            case WARNING -> 3;
            case ADVISORY -> 4;
        };
    }

    public static EquipmentRecord equipment(JsonNode json) {
        Asset asset = new Asset(
                AssetId.of(text(json, "id")),
                text(json, "name"),
                constant(AssetClass.class, json, "assetClass"),
                new Isa95Location(text(json, "enterprise"), text(json, "site"), text(json, "area"),
                        text(json, "line")),
                constant(MachineGroup.class, json, "machineGroup"),
                constant(SupportType.class, json, "supportType"));
        Map<FailureMode, List<SparePart>> spareParts = new HashMap<>();
        for (Map.Entry<String, JsonNode> mode : json.path("spareParts").properties()) {
            List<SparePart> parts = new ArrayList<>();
            for (JsonNode part : mode.getValue()) {
                parts.add(new SparePart(text(part, "material"), part.path("quantity").asInt(0)));
            }
            spareParts.put(FailureMode.of(mode.getKey()), List.copyOf(parts));
        }
        return new EquipmentRecord(asset, text(json, "erpId"), text(json, "plant"),
                constant(EquipmentStatus.class, json, "status"), spareParts);
    }

    public static WorkRecord work(JsonNode json) {
        return new WorkRecord(text(json, "id"), text(json, "externalReference"), AssetId.of(text(json, "equipment")),
                FailureMode.of(text(json, "failureMode")), !"COMPLETED".equals(text(json, "status")));
    }

    public static MaintenanceWindow window(JsonNode json) {
        return new MaintenanceWindow(text(json, "id"), text(json, "externalReference"), instant(json, "start"),
                instant(json, "end"));
    }

    public static AssignmentRecord assignment(JsonNode json) {
        return new AssignmentRecord(text(json, "id"), text(json, "externalReference"), text(json, "technician"),
                "COMPLETED".equals(text(json, "status")));
    }

    /** A required, non-blank string field. */
    public static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a non-blank string");
        }
        return value.stringValue();
    }

    private static Instant instant(JsonNode json, String field) {
        try {
            return Instant.parse(text(json, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + field + "' is not an ISO-8601 instant", e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode json, String field) {
        String value = text(json, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + field + "' has unknown value '" + value + "'", e);
        }
    }
}
