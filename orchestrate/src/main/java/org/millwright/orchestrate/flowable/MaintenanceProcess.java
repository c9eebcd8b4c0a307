package org.millwright.orchestrate.flowable;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.EquipmentFacts;
import org.millwright.orchestrate.MaintenanceCase;

/**
 * Starts the maintenance process of an episode and delivers its completion message. The episode key is the
 * process business key. Starting twice is prevented by the caller's unique constraint on the episode (see the
 * app's episode store), not by a read-then-write check here.
 */
public final class MaintenanceProcess {
    public static final String PROCESS_KEY = "maintenance";
    public static final String COMPLETION_MESSAGE = "workCompleted";

    /** Attempts a step gets again when an operator retries its incident. */
    static final int RETRIES_AFTER_INCIDENT = 3;

    private final RuntimeService runtime;
    private final ManagementService management;

    public MaintenanceProcess(RuntimeService runtime, ManagementService management) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.management = Objects.requireNonNull(management, "management");
    }

    /** Starts the process in the caller's transaction and returns the process instance id. */
    public String start(MaintenanceCase c) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, c.episode().value(),
                ProcessVariables.of(c));
        return instance.getId();
    }

    /**
     * Retries the steps of the episode's workflow that ended in an incident (dead-letter jobs), e.g. after the cause
     * of a permanent failure was fixed. The idempotency ledger keeps a retried step from repeating a side effect.
     *
     * @return how many failed steps were put back to run
     */
    public int retryIncidents(EpisodeId episode) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(episode.value(), PROCESS_KEY).singleResult();
        if (instance == null) {
            return 0;
        }
        var deadLetters = management.createDeadLetterJobQuery().processInstanceId(instance.getId()).list();
        deadLetters.forEach(job -> management.moveDeadLetterJobToExecutableJob(job.getId(), RETRIES_AFTER_INCIDENT));
        return deadLetters.size();
    }

    /**
     * Replaces the equipment facts (plant, line, spare parts) the remaining steps of the episode's workflow use, e.g.
     * after an operator corrected a material number that the ERP refused. Only facts the workflow already has can be
     * corrected: the asset must have been validated.
     *
     * @return the facts replaced, empty when the episode has no running workflow or no facts yet
     */
    public Optional<EquipmentFacts> correctFacts(EpisodeId episode, EquipmentFacts corrected) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(episode.value(), PROCESS_KEY).singleResult())
                .flatMap(instance -> Optional.ofNullable(runtime.getVariable(instance.getId(), ProcessVariables.FACTS))
                        .map(previous -> {
                            runtime.setVariable(instance.getId(), ProcessVariables.FACTS, corrected.encode());
                            return EquipmentFacts.decode(previous.toString());
                        }));
    }

    /**
     * Delivers the field-service completion to the episode's waiting process.
     *
     * @return false when no process of this episode waits for the completion (yet, or any more)
     */
    public boolean deliverCompletion(EpisodeId episode, String outcome) {
        // The subscription sits on a child execution, which does not carry the business key itself.
        Optional<Execution> waiting = Optional.ofNullable(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(episode.value(), PROCESS_KEY).singleResult())
                .map(instance -> runtime.createExecutionQuery().processInstanceId(instance.getId())
                        .messageEventSubscriptionName(COMPLETION_MESSAGE).singleResult());
        waiting.ifPresent(execution -> runtime.messageEventReceived(COMPLETION_MESSAGE, execution.getId(),
                Map.of(ProcessVariables.COMPLETION, outcome)));
        return waiting.isPresent();
    }
}
