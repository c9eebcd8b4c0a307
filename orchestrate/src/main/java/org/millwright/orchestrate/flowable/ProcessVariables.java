package org.millwright.orchestrate.flowable;

import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.orchestrate.MaintenanceCase;

/** Names of the process variables, and the mapping between them and a {@link MaintenanceCase}. Only strings and booleans are stored. */
final class ProcessVariables {
    static final String EPISODE = "episodeId";
    static final String ASSET = "assetId";
    static final String FAILURE_MODE = "failureMode";
    static final String SEVERITY = "severity";
    static final String EVIDENCE = "evidence";
    static final String FACTS = "equipmentFacts";
    static final String LINKED_WORK = "linkedWork";
    static final String NOTIFICATION = "notificationId";
    static final String STOCK_AVAILABLE = "stockAvailable";
    static final String RESERVATION = "reservationId";
    /** The encoded {@link org.millwright.orchestrate.Reservation}, whose shortfall the requisition covers. */
    static final String SHORTFALL = "reservation";
    static final String RESERVATION_SHORT = "reservationShort";
    static final String REQUISITION = "requisitionId";
    static final String WINDOW = "windowId";
    static final String ASSIGNMENT = "assignmentId";
    static final String COMPLETION = "completion";

    private ProcessVariables() {
    }

    static Map<String, Object> of(MaintenanceCase c) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(EPISODE, c.episode().value());
        variables.put(ASSET, c.asset().value());
        variables.put(FAILURE_MODE, c.failureMode().code());
        variables.put(SEVERITY, c.severity().name());
        variables.put(EVIDENCE, c.evidence());
        return variables;
    }

    static MaintenanceCase caseOf(DelegateExecution execution) {
        return new MaintenanceCase(EpisodeId.of(string(execution, EPISODE)), AssetId.of(string(execution, ASSET)),
                FailureMode.of(string(execution, FAILURE_MODE)), Severity.valueOf(string(execution, SEVERITY)),
                string(execution, EVIDENCE));
    }

    static String string(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("process variable '" + name + "' is missing in " + execution.getProcessInstanceId());
        }
        return value.toString();
    }
}
