package org.millwright.app.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.flowable.MaintenanceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Field-service completions. A completion is first stored (idempotently: one per episode), then delivered to the
 * episode's waiting workflow. It may arrive before the workflow reaches its wait, or while the hub restarts: a
 * sweep delivers whatever is stored and not yet delivered.
 */
@Component
public class CompletionInbox {
    private static final Logger log = LoggerFactory.getLogger(CompletionInbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MaintenanceProcess process;
    private final Clock clock;

    public CompletionInbox(JdbcClient jdbc, PlatformTransactionManager transactions, MaintenanceProcess process,
                           Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.process = process;
        this.clock = clock;
    }

    /** Stores a completion and tries to deliver it; returns false when the episode is unknown. */
    public boolean receive(EpisodeId episode, String assignmentId, String technician, Instant completedAt) {
        Boolean known = transactions.execute(status -> {
            boolean exists = jdbc.sql("select count(*) from episode where id = :e").param("e", episode.value())
                    .query(Integer.class).single() > 0;
            if (exists) {
                jdbc.sql("""
                                insert into work_completion (episode_id, assignment_id, technician, completed_at, received_at)
                                values (:e, :a, :t, :c, :now) on conflict (episode_id) do nothing""")
                        .param("e", episode.value()).param("a", assignmentId).param("t", technician)
                        .param("c", Timestamp.from(completedAt)).param("now", Timestamp.from(clock.instant()))
                        .update();
            }
            return exists;
        });
        if (Boolean.TRUE.equals(known)) {
            deliver(episode);
        }
        return Boolean.TRUE.equals(known);
    }

    /** Delivers stored completions whose workflow was not waiting yet. */
    @Scheduled(fixedDelayString = "${millwright.workflow.completion-sweep:PT2S}")
    public void sweep() {
        List<String> pending = jdbc.sql("select episode_id from work_completion where delivered_at is null")
                .query(String.class).list();
        pending.forEach(id -> deliver(EpisodeId.of(id)));
    }

    private void deliver(EpisodeId episode) {
        try {
            transactions.executeWithoutResult(status -> {
                var row = jdbc.sql("""
                                select assignment_id, technician from work_completion
                                where episode_id = :e and delivered_at is null for update skip locked""")
                        .param("e", episode.value())
                        .query((rs, n) -> rs.getString("assignment_id") + " completed by " + rs.getString("technician"))
                        .optional();
                if (row.isPresent() && process.deliverCompletion(episode, row.get())) {
                    jdbc.sql("update work_completion set delivered_at = :now where episode_id = :e")
                            .param("now", Timestamp.from(clock.instant())).param("e", episode.value()).update();
                }
            });
        } catch (RuntimeException e) {
            log.warn("Completion of {} not delivered yet, will retry: {}", episode, e.toString());
        }
    }
}
