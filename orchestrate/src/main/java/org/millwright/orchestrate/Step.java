package org.millwright.orchestrate;

import java.util.Optional;

/** The steps of the maintenance workflow, in order. The wire name is the BPMN activity id and the API's step name. */
public enum Step {
    VALIDATE_ASSET("validate-asset", "erp"),
    FIND_OPEN_WORK("find-open-work", "eam"),
    CREATE_NOTIFICATION("create-notification", "eam"),
    CHECK_STOCK("check-stock", "erp"),
    RESERVE_STOCK("reserve-stock", "erp"),
    REQUEST_PURCHASE("request-purchase", "erp"),
    SCHEDULE_WINDOW("schedule-window", "planning"),
    DISPATCH_TECHNICIAN("dispatch-technician", "field-service"),
    AWAIT_COMPLETION("await-completion", "field-service"),
    CONSUME_SPARES("consume-spares", "erp"),
    SET_EQUIPMENT_RUNNING("set-equipment-running", "erp"),
    CLOSE_EPISODE("close-episode", "hub");

    private final String wireName;
    private final String system;

    Step(String wireName, String system) {
        this.wireName = wireName;
        this.system = system;
    }

    public String wireName() {
        return wireName;
    }

    /** Which kind of system the step talks to. */
    public String system() {
        return system;
    }

    /** The id of the record that this step's ledger result names (a reservation's result also lists its shortfall). */
    public String recordId(String ledgerResult) {
        return this == RESERVE_STOCK ? Reservation.decode(ledgerResult).id() : ledgerResult;
    }

    public static Optional<Step> fromWireName(String name) {
        for (Step step : values()) {
            if (step.wireName.equals(name)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
