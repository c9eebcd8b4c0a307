package org.millwright.app.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.millwright.app.reconcile.ReconciliationRun.RequestedBy;
import org.millwright.app.reconcile.ReconciliationRun.State;
import org.millwright.model.EpisodeId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reconciliation runs in table {@code reconciliation_run}; each node queues and executes its own. */
@Component
class JdbcRuns {
    private static final String SELECT = """
            select id, requested_by, episode_id, state, requested_at, started_at, finished_at, episodes_checked,
                   episodes_skipped, drift_found, repaired, error
            from reconciliation_run""";

    private final JdbcClient jdbc;
    private final String node;

    JdbcRuns(JdbcClient jdbc, @Value("${millwright.node-id:hub-1}") String node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    ReconciliationRun create(RequestedBy by, Optional<EpisodeId> episode, Instant at) {
        long id = jdbc.sql("""
                        insert into reconciliation_run (node, requested_by, episode_id, state, requested_at)
                        values (:node, :by, :episode, 'QUEUED', :at) returning id""")
                .param("node", node).param("by", by.name())
                .param("episode", episode.map(EpisodeId::value).orElse(null)).param("at", Timestamp.from(at))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    /**
     * A run of this node and of the same scope that has not started yet: it will see everything that happened until
     * it starts.
     */
    Optional<ReconciliationRun> queued(Optional<EpisodeId> episode) {
        return jdbc.sql(SELECT + " where node = :node and state = 'QUEUED'"
                        + " and episode_id is not distinct from :episode order by id limit 1")
                .param("node", node).param("episode", episode.map(EpisodeId::value).orElse(null))
                .query(JdbcRuns::run).optional();
    }

    void started(long id, Instant at) {
        jdbc.sql("update reconciliation_run set state = 'RUNNING', started_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void finished(long id, State state, Instant at, Tally tally, Optional<String> error) {
        jdbc.sql("""
                        update reconciliation_run set state = :state, finished_at = :at, episodes_checked = :checked,
                          episodes_skipped = :skipped, drift_found = :drift, repaired = :repaired, error = :error
                        where id = :id""")
                .param("state", state.name()).param("at", Timestamp.from(at)).param("checked", tally.checked())
                .param("skipped", tally.skipped()).param("drift", tally.drift()).param("repaired", tally.repaired())
                .param("error", error.orElse(null)).param("id", id).update();
    }

    /** Runs this node left unfinished when it stopped; they will never finish. */
    int abandonUnfinished(Instant at) {
        return jdbc.sql("""
                        update reconciliation_run set state = 'FAILED', finished_at = :at,
                          error = 'the hub stopped before the run finished'
                        where node = :node and state in ('QUEUED', 'RUNNING')""")
                .param("at", Timestamp.from(at)).param("node", node).update();
    }

    Optional<ReconciliationRun> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(JdbcRuns::run).optional();
    }

    List<ReconciliationRun> recent(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit :limit").param("limit", limit).query(JdbcRuns::run).list();
    }

    /** What a run counted. */
    record Tally(int checked, int skipped, int drift, int repaired) {
        static final Tally NONE = new Tally(0, 0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(checked + other.checked, skipped + other.skipped, drift + other.drift,
                    repaired + other.repaired);
        }
    }

    private static ReconciliationRun run(ResultSet rs, int n) throws SQLException {
        return new ReconciliationRun(rs.getLong("id"), RequestedBy.valueOf(rs.getString("requested_by")),
                Optional.ofNullable(rs.getString("episode_id")).map(EpisodeId::of),
                State.valueOf(rs.getString("state")),
                rs.getTimestamp("requested_at").toInstant(), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getInt("episodes_checked"), rs.getInt("episodes_skipped"), rs.getInt("drift_found"),
                rs.getInt("repaired"), Optional.ofNullable(rs.getString("error")));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }
}
