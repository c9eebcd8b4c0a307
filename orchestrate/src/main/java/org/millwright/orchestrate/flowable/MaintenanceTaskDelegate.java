package org.millwright.orchestrate.flowable;

import static org.millwright.orchestrate.flowable.ProcessVariables.ASSIGNMENT;
import static org.millwright.orchestrate.flowable.ProcessVariables.COMPLETION;
import static org.millwright.orchestrate.flowable.ProcessVariables.FACTS;
import static org.millwright.orchestrate.flowable.ProcessVariables.LINKED_WORK;
import static org.millwright.orchestrate.flowable.ProcessVariables.NOTIFICATION;
import static org.millwright.orchestrate.flowable.ProcessVariables.RESERVATION;
import static org.millwright.orchestrate.flowable.ProcessVariables.REQUISITION;
import static org.millwright.orchestrate.flowable.ProcessVariables.RESERVATION_SHORT;
import static org.millwright.orchestrate.flowable.ProcessVariables.SHORTFALL;
import static org.millwright.orchestrate.flowable.ProcessVariables.STOCK_AVAILABLE;
import static org.millwright.orchestrate.flowable.ProcessVariables.WINDOW;
import static org.millwright.orchestrate.flowable.ProcessVariables.string;

import java.util.Objects;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.job.api.FlowableUnrecoverableJobException;
import org.millwright.connector.ConnectorException;
import org.millwright.orchestrate.EquipmentFacts;
import org.millwright.orchestrate.MaintenanceCase;
import org.millwright.orchestrate.MaintenanceSteps;
import org.millwright.orchestrate.Reservation;
import org.millwright.orchestrate.Step;

/**
 * Runs the step named by the current BPMN activity id and stores its outcome in process variables. Register one
 * instance as the bean {@code maintenanceTaskDelegate}.
 */
public final class MaintenanceTaskDelegate implements JavaDelegate {
    private final MaintenanceSteps steps;

    public MaintenanceTaskDelegate(MaintenanceSteps steps) {
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    /**
     * Runs the step. A permanent failure of a system of record (validation, business rule) is not retried: the job
     * goes straight to Flowable's dead-letter jobs, an incident an operator retries after fixing the cause. A
     * retriable one is retried by the engine on the process's retry cycle.
     */
    @Override
    public void execute(DelegateExecution execution) {
        try {
            run(execution);
        } catch (ConnectorException e) {
            if (e.isRetriable()) {
                throw e;
            }
            throw new FlowableUnrecoverableJobException(e.getMessage(), e);
        }
    }

    private void run(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        Step step = Step.fromWireName(activity)
                .orElseThrow(() -> new IllegalStateException("no maintenance step for activity '" + activity + "'"));
        MaintenanceCase c = ProcessVariables.caseOf(execution);
        switch (step) {
            case VALIDATE_ASSET -> execution.setVariable(FACTS, steps.validateAsset(c).encode());
            case FIND_OPEN_WORK -> {
                String linked = steps.findOpenWork(c).orElse("");
                execution.setVariable(LINKED_WORK, linked);
                if (!linked.isEmpty()) {
                    execution.setVariable(NOTIFICATION, linked);
                }
            }
            case CREATE_NOTIFICATION -> execution.setVariable(NOTIFICATION, steps.createNotification(c));
            case CHECK_STOCK -> execution.setVariable(STOCK_AVAILABLE, steps.checkStock(c, facts(execution)));
            case RESERVE_STOCK -> {
                Reservation reservation = steps.reserveStock(c, facts(execution));
                execution.setVariable(RESERVATION, reservation.id());
                execution.setVariable(SHORTFALL, reservation.encode());
                execution.setVariable(RESERVATION_SHORT, !reservation.shortfall().isEmpty());
            }
            case REQUEST_PURCHASE -> {
                EquipmentFacts facts = facts(execution);
                Object shortfall = execution.getVariable(SHORTFALL);
                execution.setVariable(REQUISITION, steps.requestPurchase(c, facts, shortfall == null
                        ? facts.spareParts() : Reservation.decode(shortfall.toString()).shortfall()));
            }
            case SCHEDULE_WINDOW -> execution.setVariable(WINDOW, steps.scheduleWindow(c, facts(execution)));
            case DISPATCH_TECHNICIAN -> execution.setVariable(ASSIGNMENT,
                    steps.dispatchTechnician(c, string(execution, NOTIFICATION), string(execution, WINDOW)));
            case CONSUME_SPARES -> {
                Object completion = execution.getVariable(COMPLETION);
                steps.completionReceived(c, completion == null ? "completed" : completion.toString());
                Object reserved = execution.getVariable(SHORTFALL);
                steps.consumeSpares(c, facts(execution),
                        reserved == null ? Reservation.NOTHING : Reservation.decode(reserved.toString()));
            }
            case SET_EQUIPMENT_RUNNING -> {
                Object linked = execution.getVariable(LINKED_WORK);
                steps.setEquipmentRunning(c, string(execution, NOTIFICATION),
                        linked == null || linked.toString().isEmpty());
            }
            case CLOSE_EPISODE -> steps.closeEpisode(c);
            case AWAIT_COMPLETION -> throw new IllegalStateException("await-completion is a message event, not a task");
        }
    }

    private static EquipmentFacts facts(DelegateExecution execution) {
        return EquipmentFacts.decode(string(execution, FACTS));
    }
}
