package org.millwright.connector.rest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.millwright.connector.rest.internal.http.RecordValues;
import org.millwright.connector.rest.internal.http.Records;
import org.millwright.connector.rest.internal.http.RestCalls;
import org.millwright.connector.rest.internal.mapping.Operation;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Serves every connector port from a REST system described by a {@link RestMapping}, without code. Each port method
 * sends the one request its mapping declares and reads the record from the answer; a method the mapping leaves out
 * throws a permanent {@link ConnectorException} "operation X is not mapped in &lt;file&gt;".
 *
 * <p>Each call is sent once: retries, timeouts across attempts and circuit breaking belong to the connector
 * framework that wraps this connector. Every failure is classified: no answer within the timeout, a refused
 * connection and other I/O failures are retriable, statuses as the mapping's {@code errors} say (by default 408,
 * 429 and 5xx retriable, every other status permanent) with the system's own error text; a request that cannot be
 * built and an answer that does not fit the mapping are permanent. The system name of every exception is
 * {@link RestMapping#system()}; the operation is the port method name.
 *
 * <p>Idempotency: the workflow looks a record up by its external reference before creating it, so a mapping should
 * map the lookup of every create it maps (see {@link RestMapping#createsWithoutLookup()}); a system that honours an
 * {@code Idempotency-Key} header gets one from a header template such as
 * {@code "millwright-{{externalReference}}-notification"}. Thread-safe.
 */
public final class RestConnector implements AssetMaster, WorkManagement, Inventory, Procurement, Planning,
        FieldService {
    private static final Logger LOG = LoggerFactory.getLogger(RestConnector.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String system;
    private final RestCalls calls;

    /**
     * @param baseUrl the system's base URL; each operation's {@code url} path is appended to it
     * @param timeout the longest wait to connect, and for the answer to one request
     * @param clock   the time of {@code {{now}}}
     */
    public RestConnector(RestMapping mapping, URI baseUrl, Duration timeout, Clock clock) {
        Objects.requireNonNull(mapping, "mapping");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.system = mapping.system();
        this.calls = new RestCalls(mapping.mapping(), baseUrl, timeout, clock);
        mapping.createsWithoutLookup().forEach(create -> LOG.warn("{}: {} maps {} without its lookup; a retried"
                + " create may make a second record", mapping.source(), system, create));
    }

    // --- AssetMaster ---

    @Override
    public Optional<EquipmentRecord> equipment(AssetId asset) {
        return find(Operation.EQUIPMENT, values("asset", asset), Records::equipment);
    }

    @Override
    public List<EquipmentRecord> allEquipment() {
        List<RecordValues> list = calls.list(Operation.ALL_EQUIPMENT, Map.of());
        return build(Operation.ALL_EQUIPMENT, () -> list.stream().map(Records::equipment).toList());
    }

    @Override
    public void updateStatus(AssetId asset, EquipmentStatus status, String externalReference) {
        calls.run(Operation.UPDATE_STATUS, values("asset", asset, "status", status,
                "externalReference", externalReference));
    }

    // --- WorkManagement ---

    @Override
    public Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode) {
        return find(Operation.FIND_OPEN_WORK, values("asset", asset, "failureMode", failureMode), Records::work);
    }

    @Override
    public Optional<WorkRecord> findByExternalReference(String externalReference) {
        return find(Operation.FIND_BY_EXTERNAL_REFERENCE, values("externalReference", externalReference),
                Records::work);
    }

    @Override
    public WorkRecord createNotification(NotificationRequest request) {
        return one(Operation.CREATE_NOTIFICATION, values("externalReference", request.externalReference(),
                "asset", request.asset(), "failureMode", request.failureMode(), "severity", request.severity(),
                "shortText", request.shortText(), "longText", request.longText()), Records::work);
    }

    @Override
    public void completeNotification(String id, String externalReference) {
        calls.run(Operation.COMPLETE_NOTIFICATION, values("id", id, "externalReference", externalReference));
    }

    // --- Inventory ---

    @Override
    public StockLevel stock(String material, String plant) {
        return one(Operation.STOCK, values("material", material, "plant", plant), Records::stock);
    }

    @Override
    public Optional<ReservationRecord> findReservation(String externalReference) {
        return find(Operation.FIND_RESERVATION, values("externalReference", externalReference),
                Records::reservation);
    }

    @Override
    public ReservationRecord reserve(ReservationRequest request) {
        return one(Operation.RESERVE, values("externalReference", request.externalReference(), "asset",
                request.asset(), "plant", request.plant(), "items", request.items()), Records::reservation);
    }

    @Override
    public void release(String reservationId, String externalReference) {
        calls.run(Operation.RELEASE, values("reservationId", reservationId, "externalReference", externalReference));
    }

    @Override
    public void consume(String reservationId, String externalReference) {
        calls.run(Operation.CONSUME, values("reservationId", reservationId, "externalReference", externalReference));
    }

    // --- Procurement ---

    @Override
    public Optional<RequisitionRecord> findRequisition(String externalReference) {
        return find(Operation.FIND_REQUISITION, values("externalReference", externalReference),
                Records::requisition);
    }

    @Override
    public RequisitionRecord requisition(RequisitionRequest request) {
        return one(Operation.REQUISITION, values("externalReference", request.externalReference(), "asset",
                request.asset(), "plant", request.plant(), "items", request.items()), Records::requisition);
    }

    // --- Planning ---

    @Override
    public Optional<MaintenanceWindow> findWindow(String externalReference) {
        return find(Operation.FIND_WINDOW, values("externalReference", externalReference), Records::window);
    }

    @Override
    public MaintenanceWindow proposeWindow(WindowRequest request) {
        return one(Operation.PROPOSE_WINDOW, values("externalReference", request.externalReference(), "asset",
                request.asset(), "line", request.line(), "severity", request.severity(), "earliestStart",
                request.earliestStart(), "duration", request.duration()), Records::window);
    }

    // --- FieldService ---

    @Override
    public Optional<AssignmentRecord> findAssignment(String externalReference) {
        return find(Operation.FIND_ASSIGNMENT, values("externalReference", externalReference), Records::assignment);
    }

    @Override
    public AssignmentRecord dispatch(DispatchRequest request) {
        return one(Operation.DISPATCH, values("externalReference", request.externalReference(), "asset",
                request.asset(), "notificationId", request.notificationId(), "windowId", request.windowId(),
                "instructions", request.instructions(), "callbackUrl", request.callbackUrl()), Records::assignment);
    }

    @Override
    public String toString() {
        return "RestConnector[" + system + "]";
    }

    private <T> Optional<T> find(Operation operation, Map<String, JsonNode> values,
                                 Function<RecordValues, T> record) {
        Optional<RecordValues> found = calls.find(operation, values);
        return build(operation, () -> found.map(record));
    }

    private <T> T one(Operation operation, Map<String, JsonNode> values, Function<RecordValues, T> record) {
        RecordValues read = calls.one(operation, values);
        return build(operation, () -> record.apply(read));
    }

    /** A record the values cannot make (a quantity of zero, say) is an answer that does not fit: permanent. */
    private <T> T build(Operation operation, Supplier<T> record) {
        try {
            return record.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ConnectorException.permanent(system, operation.key(), "the answer does not make a valid record: "
                    + e.getMessage());
        }
    }

    /** The call's values as JSON: texts, enum names, ISO-8601 instants and durations, parts as objects. */
    private static Map<String, JsonNode> values(Object... namesAndValues) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], json(Objects.requireNonNull(namesAndValues[i + 1],
                    (String) namesAndValues[i])));
        }
        return values;
    }

    private static JsonNode json(Object value) {
        if (value instanceof Enum<?> constant) {
            return JSON.stringNode(constant.name());
        }
        if (value instanceof List<?> parts) {
            ArrayNode array = JSON.arrayNode();
            for (Object part : parts) {
                SparePart sparePart = (SparePart) part;
                array.addObject().put("material", sparePart.material()).put("quantity", sparePart.quantity());
            }
            return array;
        }
        // String, AssetId, FailureMode, Instant, Duration and URI all print as their canonical text
        return JSON.stringNode(value.toString());
    }
}
