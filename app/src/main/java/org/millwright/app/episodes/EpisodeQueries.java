package org.millwright.app.episodes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.ManagementService;
import org.millwright.model.EpisodeId;
import org.millwright.model.EpisodeState;
import org.millwright.orchestrate.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of episodes: their workflow state, steps and the record numbers created in each system of record. */
@Component
public class EpisodeQueries {
    /** Which ledger step created which kind of record; the keys are the API's {@code records} keys. */
    private static final Map<String, String> RECORD_OF_STEP = Map.of(
            Step.FIND_OPEN_WORK.wireName(), "notification",
            Step.CREATE_NOTIFICATION.wireName(), "notification",
            Step.RESERVE_STOCK.wireName(), "reservation",
            Step.REQUEST_PURCHASE.wireName(), "purchaseRequisition",
            Step.SCHEDULE_WINDOW.wireName(), "maintenanceWindow",
            Step.DISPATCH_TECHNICIAN.wireName(), "assignment");

    private final EpisodeStore episodes;
    private final JdbcClient jdbc;
    private final ManagementService management;

    public EpisodeQueries(EpisodeStore episodes, JdbcClient jdbc, ManagementService management) {
        this.episodes = episodes;
        this.jdbc = jdbc;
        this.management = management;
    }

    public List<EpisodeView> list(int limit) {
        return episodes.list(limit).stream().map(this::view).toList();
    }

    public Optional<EpisodeView> find(EpisodeId id) {
        return episodes.find(id).map(this::view);
    }

    private EpisodeView view(EpisodeRow row) {
        List<StepRow> steps = steps(row.id());
        return new EpisodeView(row, workflowState(row, steps), records(row.id()), steps);
    }

    /** Episodes whose workflow has a parked step (a Flowable dead-letter job), oldest first. */
    public List<EpisodeView> incidents() {
        List<String> processes = management.createDeadLetterJobQuery().list().stream()
                .map(job -> job.getProcessInstanceId()).distinct().toList();
        if (processes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select episode_id from episode_workflow where process_instance_id in (:p) order by started_at")
                .param("p", processes).query(String.class).list().stream()
                .flatMap(id -> find(EpisodeId.of(id)).stream()).toList();
    }

    public List<StepRow> steps(EpisodeId id) {
        return jdbc.sql("""
                        select step, state, started_at, ended_at, attempts, outcome, error, system, failure_kind,
                               upstream_message, request
                        from workflow_step where episode_id = :e""")
                .param("e", id.value())
                .query((rs, n) -> new StepRow(rs.getString("step"), rs.getString("state"),
                        rs.getTimestamp("started_at").toInstant(), EpisodeStore.instant(rs, "ended_at"),
                        rs.getInt("attempts"), Optional.ofNullable(rs.getString("outcome")),
                        Optional.ofNullable(rs.getString("error")), failure(rs)))
                .list().stream()
                .sorted(Comparator.comparingInt(step -> Step.fromWireName(step.name()).map(Enum::ordinal).orElse(99)))
                .toList();
    }

    private static Optional<StepRow.Failure> failure(ResultSet rs) throws SQLException {
        String kind = rs.getString("failure_kind");
        return kind == null ? Optional.empty() : Optional.of(new StepRow.Failure(kind,
                Optional.ofNullable(rs.getString("system")), Optional.ofNullable(rs.getString("upstream_message")),
                rs.getString("request")));
    }

    private Map<String, String> records(EpisodeId id) {
        Map<String, String> records = new LinkedHashMap<>();
        jdbc.sql("select step, result from sor_ledger where episode_id = :e and state = 'DONE' and result <> ''")
                .param("e", id.value())
                .query((rs, n) -> Map.entry(rs.getString("step"), rs.getString("result")))
                .list()
                .forEach(entry -> {
                    String kind = RECORD_OF_STEP.get(entry.getKey());
                    if (kind != null) {
                        records.put(kind, Step.fromWireName(entry.getKey()).orElseThrow().recordId(entry.getValue()));
                    }
                });
        return records;
    }

    private WorkflowState workflowState(EpisodeRow row, List<StepRow> steps) {
        if (row.state() == EpisodeState.CLOSED) {
            return WorkflowState.COMPLETED;
        }
        if (row.processInstanceId().isPresent()
                && management.createDeadLetterJobQuery().processInstanceId(row.processInstanceId().get()).count() > 0) {
            return WorkflowState.INCIDENT;
        }
        if (steps.stream().anyMatch(step -> step.state().equals("FAILED"))) {
            return WorkflowState.RETRYING;
        }
        if (steps.stream().anyMatch(step -> step.state().equals("WAITING") && step.failure().isPresent())) {
            return WorkflowState.WAITING_FOR_SYSTEM;
        }
        if (steps.stream().anyMatch(step -> step.state().equals("WAITING"))) {
            return WorkflowState.WAITING_FOR_COMPLETION;
        }
        return steps.isEmpty() ? WorkflowState.STARTED : WorkflowState.RUNNING;
    }
}
