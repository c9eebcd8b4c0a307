package org.millwright.app.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import org.millwright.app.episodes.EpisodeListener;
import org.millwright.app.json.ModelModule;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.Step;
import org.millwright.orchestrate.spi.StepJournal;
import org.millwright.orchestrate.spi.StepJournal.StepFailure;
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
                  set state = :state, ended_at = :now, outcome = :text, error = null, failure_kind = null,
                      upstream_message = null""",
                episode, step, "DONE", outcome);
        listener.stepCompleted(episode, step, outcome);
    }

    /** A step waiting for an unavailable system is WAITING, every other failure FAILED; both keep the request. */
    @Override
    public void failed(EpisodeId episode, String step, StepFailure failure) {
        String state = failure.kind() == StepFailure.Kind.SYSTEM_UNAVAILABLE ? "WAITING" : "FAILED";
        own.executeWithoutResult(status -> jdbc.sql("""
                        insert into workflow_step (episode_id, step, state, started_at, ended_at, attempts, error,
                                                   system, failure_kind, upstream_message, request)
                        values (:e, :s, :state, :now, :now, 1, :text, :system, :kind, :upstream, :request)
                        on conflict (episode_id, step) do update set state = :state, ended_at = :now, error = :text,
                          system = :system, failure_kind = :kind, upstream_message = :upstream, request = :request""")
                .param("e", episode.value()).param("s", step).param("state", state)
                .param("now", Timestamp.from(clock.instant())).param("text", failure.message())
                .param("system", failure.system().orElse(null)).param("kind", failure.kind().name())
                .param("upstream", failure.upstream().orElse(null))
                .param("request", ModelModule.MAPPER.writeValueAsString(failure.request()))
                .update());
        listener.episodesChanged();
    }

    private void write(String sql, EpisodeId episode, String step, String state, String text) {
        own.executeWithoutResult(status -> jdbc.sql(sql)
                .param("e", episode.value()).param("s", step).param("state", state)
                .param("now", Timestamp.from(clock.instant())).param("text", text).update());
        listener.episodesChanged();
    }
}
