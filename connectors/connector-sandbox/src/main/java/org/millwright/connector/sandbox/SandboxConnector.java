package org.millwright.connector.sandbox;

import static org.millwright.connector.sandbox.internal.SandboxHttp.encode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.DispatchRequest;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.FieldService;
import org.millwright.connector.Inventory;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.Planning;
import org.millwright.connector.Procurement;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.StockLevel;
import org.millwright.connector.WindowRequest;
import org.millwright.connector.WorkManagement;
import org.millwright.connector.WorkRecord;
import org.millwright.connector.sandbox.internal.SandboxHttp;
import org.millwright.connector.sandbox.internal.SandboxHttp.Call;
import org.millwright.connector.sandbox.internal.SandboxJson;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Serves every connector port from the sandbox systems of record over HTTP. Failures are
 * {@link ConnectorException}s: refused connections, timeouts, 429 and 5xx are retriable, other 4xx permanent
 * with the sandbox's message verbatim. Systems in exceptions are {@code sandbox-erp}, {@code sandbox-eam},
 * {@code sandbox-planning} and {@code sandbox-fsm}; operations are the port method names.
 *
 * <p>The sandbox does not deduplicate creates: callers look up by external reference before they create
 * (the {@code find...} methods), which is also how a create whose answer was lost is recovered. When the
 * sandbox holds several records with one external reference, the lookups return the oldest. Thread-safe.
 */
public final class SandboxConnector implements AssetMaster, WorkManagement, Inventory, Procurement, Planning,
        FieldService {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxConnector.class);
    private static final String ERP = "sandbox-erp";
    private static final String EAM = "sandbox-eam";
    private static final String PLANNING = "sandbox-planning";
    private static final String FSM = "sandbox-fsm";

    private final SandboxHttp http;
    private final Map<Severity, Integer> priorities;

    /**
     * @param baseUri        the sandbox's base URI, e.g. {@code http://127.0.0.1:8091}
     * @param requestTimeout connect timeout and the longest wait for each answer
     */
    public SandboxConnector(URI baseUri, Duration requestTimeout) {
        this(baseUri, requestTimeout, Map.of());
    }

    /**
     * @param priorities the sandbox priority (1 most urgent .. 4) of notifications and windows per severity, a
     *                   customizing value like SAP's; a severity not listed gets the usual one (TRIP 1 .. ADVISORY 4)
     */
    public SandboxConnector(URI baseUri, Duration requestTimeout, Map<Severity, Integer> priorities) {
        this.http = new SandboxHttp(baseUri, requestTimeout);
        this.priorities = Map.copyOf(priorities);
    }

    /** Whether the sandbox answers its health check; never throws. */
    public boolean isUp() {
        return http.isUp();
    }

    // --- AssetMaster (ERP) ---

    @Override
    public Optional<EquipmentRecord> equipment(AssetId asset) {
        return http.executeIfFound(SandboxHttp.get(ERP, "equipment", "/sandbox/erp/equipment/" + asset.value()))
                .map(json -> decode(ERP, "equipment", json, SandboxJson::equipment));
    }

    /** Every equipment record; a record whose master data does not fit the canonical model is skipped and logged. */
    @Override
    public List<EquipmentRecord> allEquipment() {
        List<EquipmentRecord> result = new ArrayList<>();
        for (JsonNode json : http.execute(SandboxHttp.get(ERP, "allEquipment", "/sandbox/erp/equipment"))) {
            try {
                result.add(SandboxJson.equipment(json));
            } catch (IllegalArgumentException | NullPointerException e) {
                LOG.warn("skipping sandbox equipment '{}': {}", json.path("id").asString(""), e.getMessage());
            }
        }
        return result;
    }

    @Override
    public void updateStatus(AssetId asset, EquipmentStatus status, String externalReference) {
        http.execute(SandboxHttp.send(ERP, "updateStatus", "PUT", "/sandbox/erp/equipment/" + asset.value()
                + "/status", Map.of("status", status.name(), "externalReference", externalReference)));
    }

    // --- WorkManagement (EAM) ---

    @Override
    public Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode) {
        JsonNode found = http.execute(SandboxHttp.get(EAM, "findOpenWork", "/sandbox/eam/notifications?equipment="
                + encode(asset.value()) + "&failureMode=" + encode(failureMode.code())));
        for (JsonNode json : found) {
            WorkRecord work = decode(EAM, "findOpenWork", json, SandboxJson::work);
            if (work.open()) {
                return Optional.of(work);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<WorkRecord> findByExternalReference(String externalReference) {
        return first(EAM, "findByExternalReference",
                "/sandbox/eam/notifications?externalReference=" + encode(externalReference), SandboxJson::work);
    }

    @Override
    public WorkRecord createNotification(NotificationRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalReference", request.externalReference());
        body.put("equipment", request.asset().value());
        body.put("failureMode", request.failureMode().code());
        body.put("priority", priority(request.severity()));
        body.put("shortText", request.shortText());
        body.put("longText", request.longText());
        JsonNode created = http.execute(SandboxHttp.send(EAM, "createNotification", "POST",
                "/sandbox/eam/notifications", body));
        return decode(EAM, "createNotification", created, SandboxJson::work);
    }

    @Override
    public void completeNotification(String id, String externalReference) {
        http.execute(SandboxHttp.send(EAM, "completeNotification", "PUT",
                "/sandbox/eam/notifications/" + encode(id) + "/status",
                Map.of("status", "COMPLETED", "externalReference", externalReference)));
    }

    // --- Inventory and Procurement (ERP) ---

    @Override
    public StockLevel stock(String material, String plant) {
        JsonNode json = http.execute(SandboxHttp.get(ERP, "stock",
                "/sandbox/erp/stock?material=" + encode(material) + "&plant=" + encode(plant)));
        return decode(ERP, "stock", json, stock -> new StockLevel(material, plant, stock.path("available").asInt(0)));
    }

    @Override
    public Optional<ReservationRecord> findReservation(String externalReference) {
        return first(ERP, "findReservation", "/sandbox/erp/reservations?externalReference="
                + encode(externalReference), json -> new ReservationRecord(SandboxJson.text(json, "id"),
                SandboxJson.text(json, "externalReference")));
    }

    @Override
    public ReservationRecord reserve(ReservationRequest request) {
        JsonNode created = http.execute(SandboxHttp.send(ERP, "reserve", "POST", "/sandbox/erp/reservations",
                document(request.externalReference(), request.asset(), request.plant(), request.items())));
        return decode(ERP, "reserve", created, json -> new ReservationRecord(SandboxJson.text(json, "id"),
                SandboxJson.text(json, "externalReference")));
    }

    @Override
    public void release(String reservationId, String externalReference) {
        http.execute(SandboxHttp.send(ERP, "release", "POST", "/sandbox/erp/reservations/" + encode(reservationId)
                + "/release", Map.of("externalReference", externalReference)));
    }

    @Override
    public void consume(String reservationId, String externalReference) {
        http.execute(SandboxHttp.send(ERP, "consume", "POST", "/sandbox/erp/reservations/" + encode(reservationId)
                + "/consume", Map.of("externalReference", externalReference)));
    }

    @Override
    public Optional<RequisitionRecord> findRequisition(String externalReference) {
        return first(ERP, "findRequisition", "/sandbox/erp/purchase-requisitions?externalReference="
                + encode(externalReference), json -> new RequisitionRecord(SandboxJson.text(json, "id"),
                SandboxJson.text(json, "externalReference")));
    }

    @Override
    public RequisitionRecord requisition(RequisitionRequest request) {
        JsonNode created = http.execute(SandboxHttp.send(ERP, "requisition", "POST",
                "/sandbox/erp/purchase-requisitions",
                document(request.externalReference(), request.asset(), request.plant(), request.items())));
        return decode(ERP, "requisition", created, json -> new RequisitionRecord(SandboxJson.text(json, "id"),
                SandboxJson.text(json, "externalReference")));
    }

    // --- Planning ---

    @Override
    public Optional<MaintenanceWindow> findWindow(String externalReference) {
        return first(PLANNING, "findWindow", "/sandbox/planning/windows?externalReference="
                + encode(externalReference), SandboxJson::window);
    }

    @Override
    public MaintenanceWindow proposeWindow(WindowRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalReference", request.externalReference());
        body.put("equipment", request.asset().value());
        body.put("line", request.line());
        body.put("priority", priority(request.severity()));
        body.put("earliestStart", request.earliestStart().toString());
        // the sandbox plans in whole minutes; round up so the window is never shorter than asked
        body.put("durationMinutes", Math.max(1, (request.duration().toSeconds() + 59) / 60));
        JsonNode created = http.execute(SandboxHttp.send(PLANNING, "proposeWindow", "POST",
                "/sandbox/planning/windows", body));
        return decode(PLANNING, "proposeWindow", created, SandboxJson::window);
    }

    // --- FieldService ---

    @Override
    public Optional<AssignmentRecord> findAssignment(String externalReference) {
        return first(FSM, "findAssignment", "/sandbox/fsm/assignments?externalReference="
                + encode(externalReference), SandboxJson::assignment);
    }

    @Override
    public AssignmentRecord dispatch(DispatchRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalReference", request.externalReference());
        body.put("equipment", request.asset().value());
        body.put("notificationId", request.notificationId());
        body.put("windowId", request.windowId());
        body.put("instructions", request.instructions());
        body.put("callbackUrl", request.callbackUrl().toString());
        JsonNode created = http.execute(SandboxHttp.send(FSM, "dispatch", "POST", "/sandbox/fsm/assignments", body));
        return decode(FSM, "dispatch", created, SandboxJson::assignment);
    }

    // --- helpers ---

    private <T> Optional<T> first(String system, String operation, String path, Function<JsonNode, T> mapping) {
        JsonNode found = http.execute(SandboxHttp.get(system, operation, path));
        if (!found.isArray()) {
            throw ConnectorException.permanent(system, operation, "expected a JSON array but got " + found);
        }
        if (found.size() > 1) {
            LOG.warn("{} holds {} records for {}; using the oldest", system, found.size(), path);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(decode(system, operation, found.get(0), mapping));
    }

    private static Map<String, Object> document(String externalReference, AssetId asset, String plant,
                                                List<SparePart> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalReference", externalReference);
        body.put("equipment", asset.value());
        body.put("plant", plant);
        body.put("items", items.stream()
                .map(item -> Map.of("material", item.material(), "quantity", item.quantity()))
                .toList());
        return body;
    }

    private static <T> T decode(String system, String operation, JsonNode json, Function<JsonNode, T> mapping) {
        try {
            return mapping.apply(json);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, system, operation,
                    "unexpected answer (" + e.getMessage() + "): " + json, e);
        }
    }

    private int priority(Severity severity) {
        return priorities.getOrDefault(severity, SandboxJson.priority(severity));
    }
}
