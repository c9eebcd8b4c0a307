package org.millwright.app.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import org.millwright.app.episodes.EpisodeListener;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.Step;
import org.millwright.orchestrate.spi.StepJournal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The step journal in table {@code workflow_step}; every write commits in its own transaction. */
@Component
public class JdbcStepJournal implements StepJournal {
    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;
    private final EpisodeListener listener;

    public JdbcStepJournal(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
                           EpisodeListener listener) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public void started(EpisodeId episode, String step) {
        String state = Step.AWAIT_COMPLETION.wireName().equals(step) ? "WAITING" : "RUNNING";
        write("""
                insert into workflow_step (episode_id, step, state, started_at, attempts)
                values (:e, :s, :state, :now, 1)
                on conflict (episode_id, step) do update
                  set state = :state, attempts = workflow_step.attempts + 1, ended_at = null
                  where workflow_step.state <> 'DONE'""", episode, step, state, null);
    }

    @Override
    public void succeeded(EpisodeId episode, String step, String outcome) {
        write("""
                insert into workflow_step (episode_id, step, state, started_at, ended_at, attempts, outcome)
                values (:e, :s, :state, :now, :now, 1, :text)
                on conflict (episode_id, step) do update
                  set state = :state, ended_at = :now, outcome = :text, error = null""",
                episode, step, "DONE", outcome);
    }

    @Override
    public void failed(EpisodeId episode, String step, String error) {
        write("""
                insert into workflow_step (episode_id, step, state, started_at, ended_at, attempts, error)
                values (:e, :s, :state, :now, :now, 1, :text)
                on conflict (episode_id, step) do update set state = :state, ended_at = :now, error = :text""",
                episode, step, "FAILED", error);
    }

    private void write(String sql, EpisodeId episode, String step, String state, String text) {
        own.executeWithoutResult(status -> jdbc.sql(sql)
                .param("e", episode.value()).param("s", step).param("state", state)
                .param("now", Timestamp.from(clock.instant())).param("text", text).update());
        listener.episodesChanged();
    }
}
