package org.millwright.app.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.spi.LedgerStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The idempotency ledger in table {@code sor_ledger}; every write commits in its own transaction. */
@Component
public class JdbcLedgerStore implements LedgerStore {
    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    public JdbcLedgerStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public Optional<String> completedResult(EpisodeId episode, String step) {
        return own.execute(status -> jdbc.sql(
                        "select result from sor_ledger where episode_id = :e and step = :s and state = 'DONE'")
                .param("e", episode.value()).param("s", step).query(String.class).optional());
    }

    @Override
    public int beginAttempt(EpisodeId episode, String step, String system) {
        Integer attempts = own.execute(status -> jdbc.sql("""
                        insert into sor_ledger (episode_id, step, system, state, attempts, created_at)
                        values (:e, :s, :system, 'PENDING', 1, :now)
                        on conflict (episode_id, step) do update set attempts = sor_ledger.attempts + 1
                        returning attempts""")
                .param("e", episode.value()).param("s", step).param("system", system)
                .param("now", Timestamp.from(clock.instant())).query(Integer.class).single());
        return attempts - 1;
    }

    @Override
    public void complete(EpisodeId episode, String step, String result) {
        own.executeWithoutResult(status -> jdbc.sql("""
                        update sor_ledger set state = 'DONE', result = :r, completed_at = :now
                        where episode_id = :e and step = :s""")
                .param("r", result).param("now", Timestamp.from(clock.instant()))
                .param("e", episode.value()).param("s", step).update());
    }
}
