package org.millwright.app.reconcile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.millwright.orchestrate.Step;

/**
 * What reconciliation checks for an episode: the records the workflow creates (keyed like the API's episode
 * {@code records}), the equipment status it sets, and the hub's own workflow.
 */
public enum RecordKind {
    NOTIFICATION("notification", Step.CREATE_NOTIFICATION),
    RESERVATION("reservation", Step.RESERVE_STOCK),
    PURCHASE_REQUISITION("purchaseRequisition", Step.REQUEST_PURCHASE),
    MAINTENANCE_WINDOW("maintenanceWindow", Step.SCHEDULE_WINDOW),
    ASSIGNMENT("assignment", Step.DISPATCH_TECHNICIAN),
    EQUIPMENT("equipment", Step.SET_EQUIPMENT_RUNNING),
    /** The episode's workflow process in the hub's own engine. */
    WORKFLOW("workflow", null);

    private final String key;
    private final Step step;

    RecordKind(String key, Step step) {
        this.key = key;
        this.step = step;
    }

    /** The name used in the API and the database, e.g. {@code maintenanceWindow}. */
    public String key() {
        return key;
    }

    /** The workflow step whose ledger row records this record, if any. */
    public Optional<Step> step() {
        return Optional.ofNullable(step);
    }

    /** For people: {@code maintenance window}. */
    String label() {
        return key.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    public static Optional<RecordKind> ofKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
