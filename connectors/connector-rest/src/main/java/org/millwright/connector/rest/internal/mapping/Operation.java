package org.millwright.connector.rest.internal.mapping;

import static org.millwright.connector.rest.internal.mapping.Field.fromRequest;
import static org.millwright.connector.rest.internal.mapping.Field.optional;
import static org.millwright.connector.rest.internal.mapping.Field.required;
import static org.millwright.connector.rest.internal.mapping.Variable.duration;
import static org.millwright.connector.rest.internal.mapping.Variable.enumeration;
import static org.millwright.connector.rest.internal.mapping.Variable.instant;
import static org.millwright.connector.rest.internal.mapping.Variable.items;
import static org.millwright.connector.rest.internal.mapping.Variable.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.rest.internal.mapping.Field.Type;
import org.millwright.model.Severity;

/**
 * Every port operation a mapping may serve, named as the port method, with the variables its templates may use and
 * the record components its answer fills. Every operation also offers {@code now}, the current instant.
 */
public enum Operation {
    EQUIPMENT("equipment", Shape.OPTIONAL, vars(text("asset")), equipmentFields(true)),
    ALL_EQUIPMENT("allEquipment", Shape.LIST, vars(), equipmentFields(false)),
    UPDATE_STATUS("updateStatus", Shape.NONE,
            vars(text("asset"), enumeration("status", EquipmentStatus.class), text("externalReference")), List.of()),

    FIND_OPEN_WORK("findOpenWork", Shape.OPTIONAL, vars(text("asset"), text("failureMode")), workFields()),
    FIND_BY_EXTERNAL_REFERENCE("findByExternalReference", Shape.OPTIONAL, vars(text("externalReference")),
            workFields()),
    CREATE_NOTIFICATION("createNotification", Shape.ONE, vars(text("externalReference"), text("asset"),
            text("failureMode"), enumeration("severity", Severity.class), text("shortText"), text("longText")),
            workFields()),
    COMPLETE_NOTIFICATION("completeNotification", Shape.NONE, vars(text("id"), text("externalReference")), List.of()),

    STOCK("stock", Shape.ONE, vars(text("material"), text("plant")), List.of(fromRequest("material", Type.TEXT,
            "material"), fromRequest("plant", Type.TEXT, "plant"), required("available", Type.INT))),
    FIND_RESERVATION("findReservation", Shape.OPTIONAL, vars(text("externalReference")), reservationFields()),
    RESERVE("reserve", Shape.ONE, vars(text("externalReference"), text("asset"), text("plant"), items("items")),
            reservationFields()),
    RELEASE("release", Shape.NONE, vars(text("reservationId"), text("externalReference")), List.of()),
    CONSUME("consume", Shape.NONE, vars(text("reservationId"), text("externalReference")), List.of()),

    FIND_REQUISITION("findRequisition", Shape.OPTIONAL, vars(text("externalReference")), requisitionFields()),
    REQUISITION("requisition", Shape.ONE, vars(text("externalReference"), text("asset"), text("plant"),
            items("items")), requisitionFields()),

    FIND_WINDOW("findWindow", Shape.OPTIONAL, vars(text("externalReference")), windowFields()),
    PROPOSE_WINDOW("proposeWindow", Shape.ONE, vars(text("externalReference"), text("asset"), text("line"),
            enumeration("severity", Severity.class), instant("earliestStart"), duration("duration")), windowFields()),

    FIND_ASSIGNMENT("findAssignment", Shape.OPTIONAL, vars(text("externalReference")), assignmentFields()),
    DISPATCH("dispatch", Shape.ONE, vars(text("externalReference"), text("asset"), text("notificationId"),
            text("windowId"), text("instructions"), text("callbackUrl")), assignmentFields());

    /** What the operation answers: maybe a record, one record, a list of records, or nothing. */
    public enum Shape { OPTIONAL, ONE, LIST, NONE }

    public static final String NOW = "now";

    private final String key;
    private final Shape shape;
    private final List<Variable> variables;
    private final List<Field> fields;

    Operation(String key, Shape shape, List<Variable> variables, List<Field> fields) {
        this.key = key;
        this.shape = shape;
        List<Variable> all = new ArrayList<>(variables);
        all.add(instant(NOW));
        this.variables = List.copyOf(all);
        this.fields = fields;
    }

    /** The port method's name, which is the operation's key in a mapping file. */
    public String key() {
        return key;
    }

    public Shape shape() {
        return shape;
    }

    public List<Variable> variables() {
        return variables;
    }

    public Optional<Variable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public List<Field> fields() {
        return fields;
    }

    public static Optional<Operation> ofKey(String key) {
        return Arrays.stream(values()).filter(op -> op.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Operation::key).toList();
    }

    private static List<Variable> vars(Variable... variables) {
        return List.of(variables);
    }

    private static List<Field> equipmentFields(boolean assetFromRequest) {
        return List.of(assetFromRequest ? fromRequest("asset.id", Type.ASSET_ID, "asset")
                        : required("asset.id", Type.ASSET_ID),
                required("asset.name", Type.TEXT), required("asset.assetClass", Type.ASSET_CLASS),
                required("asset.location.enterprise", Type.TEXT), required("asset.location.site", Type.TEXT),
                required("asset.location.area", Type.TEXT), required("asset.location.line", Type.TEXT),
                required("asset.machineGroup", Type.MACHINE_GROUP), required("asset.support", Type.SUPPORT),
                required("erpId", Type.TEXT), required("plant", Type.TEXT),
                required("status", Type.EQUIPMENT_STATUS), optional("spareParts", Type.PARTS_BY_MODE));
    }

    private static List<Field> workFields() {
        return List.of(required("id", Type.TEXT), fromRequest("externalReference", Type.TEXT, "externalReference"),
                fromRequest("asset", Type.ASSET_ID, "asset"),
                fromRequest("failureMode", Type.FAILURE_MODE, "failureMode"), required("open", Type.BOOLEAN));
    }

    private static List<Field> reservationFields() {
        return List.of(required("id", Type.TEXT), fromRequest("externalReference", Type.TEXT, "externalReference"),
                optional("shortfall", Type.PARTS));
    }

    private static List<Field> requisitionFields() {
        return List.of(required("id", Type.TEXT), fromRequest("externalReference", Type.TEXT, "externalReference"));
    }

    private static List<Field> windowFields() {
        return List.of(required("id", Type.TEXT), fromRequest("externalReference", Type.TEXT, "externalReference"),
                required("start", Type.INSTANT), required("end", Type.INSTANT));
    }

    private static List<Field> assignmentFields() {
        return List.of(required("id", Type.TEXT), fromRequest("externalReference", Type.TEXT, "externalReference"),
                required("technician", Type.TEXT), required("completed", Type.BOOLEAN));
    }
}
