package org.millwright.orchestrate;

import java.util.Optional;

/** The steps of the maintenance workflow, in order. The wire name is the BPMN activity id and the API's step name. */
public enum Step {
    VALIDATE_ASSET("validate-asset"),
    FIND_OPEN_WORK("find-open-work"),
    CREATE_NOTIFICATION("create-notification"),
    CHECK_STOCK("check-stock"),
    RESERVE_STOCK("reserve-stock"),
    REQUEST_PURCHASE("request-purchase"),
    SCHEDULE_WINDOW("schedule-window"),
    DISPATCH_TECHNICIAN("dispatch-technician"),
    AWAIT_COMPLETION("await-completion"),
    CONSUME_SPARES("consume-spares"),
    SET_EQUIPMENT_RUNNING("set-equipment-running"),
    CLOSE_EPISODE("close-episode");

    private final String wireName;

    Step(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
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
