package org.millwright.app.episodes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.EpisodeId;
import org.millwright.model.EpisodeState;
import org.millwright.model.Evidence;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.orchestrate.MaintenanceCase;
import org.millwright.orchestrate.flowable.MaintenanceProcess;
import org.millwright.orchestrate.spi.EpisodeCloser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns condition events into episodes. A raised condition inserts an episode and starts its workflow in the same
 * transaction; the partial unique index on (asset, failure mode) of open episodes and the primary key of
 * {@code episode_workflow} make a second open episode or a second workflow impossible, however many hub threads
 * or nodes see the same condition.
 */
@Component
public class EpisodeStore implements EpisodeCloser {
    private final JdbcClient jdbc;
    private final MaintenanceProcess process;
    private final EpisodeListener listener;

    public EpisodeStore(JdbcClient jdbc, MaintenanceProcess process, EpisodeListener listener) {
        this.jdbc = jdbc;
        this.process = process;
        this.listener = listener;
    }

    /** Records one condition event; returns the episode it belongs to, if any is open. */
    @Transactional
    public Optional<EpisodeId> record(ConditionEvent event) {
        Optional<EpisodeId> episode;
        if (event instanceof ConditionRaised raised) {
            episode = raise(raised);
        } else if (event instanceof ConditionEscalated escalated) {
            episode = escalate(escalated);
        } else {
            episode = clear((ConditionCleared) event);
        }
        notifyAfterCommit();
        return episode;
    }

    private Optional<EpisodeId> raise(ConditionRaised raised) {
        EpisodeId id = EpisodeId.derive(raised.asset(), raised.failureMode(), raised.evidence().observedAt());
        int inserted = jdbc.sql("""
                        insert into episode (id, asset_id, failure_mode, state, severity, opened_at, rule_set_version, evidence)
                        values (:id, :asset, :mode, 'OPEN', :severity, :at, :version, :evidence)
                        on conflict do nothing""")
                .param("id", id.value()).param("asset", raised.asset().value())
                .param("mode", raised.failureMode().code()).param("severity", raised.severity().name())
                .param("at", Timestamp.from(raised.at())).param("version", raised.ruleSetVersion())
                .param("evidence", line(raised.evidence()))
                .update();
        if (inserted == 0) {
            // The condition joined the open episode (or this exact event was recorded before).
            return openEpisode(raised.asset(), raised.failureMode()).map(open -> {
                appendEvidence(open, raised.evidence());
                return open;
            });
        }
        String instance = process.start(new MaintenanceCase(id, raised.asset(), raised.failureMode(),
                raised.severity(), line(raised.evidence())));
        jdbc.sql("insert into episode_workflow (episode_id, process_instance_id, started_at) values (:id, :pi, :at)")
                .param("id", id.value()).param("pi", instance).param("at", Timestamp.from(Instant.now()))
                .update();
        afterCommit(() -> listener.episodeOpened(id, raised));
        return Optional.of(id);
    }

    private Optional<EpisodeId> escalate(ConditionEscalated escalated) {
        return openEpisode(escalated.asset(), escalated.failureMode()).map(id -> {
            jdbc.sql("""
                            update episode set state = 'ESCALATED', severity = :severity, escalated_at = :at
                            where id = :id and state <> 'CLOSED'""")
                    .param("severity", escalated.to().name()).param("at", Timestamp.from(escalated.at()))
                    .param("id", id.value()).update();
            appendEvidence(id, escalated.evidence());
            return id;
        });
    }

    private Optional<EpisodeId> clear(ConditionCleared cleared) {
        return openEpisode(cleared.asset(), cleared.failureMode()).map(id -> {
            jdbc.sql("update episode set cleared_at = :at where id = :id")
                    .param("at", Timestamp.from(cleared.at())).param("id", id.value()).update();
            return id;
        });
    }

    @Override
    @Transactional
    public void close(EpisodeId episode, Instant closedAt) {
        jdbc.sql("update episode set state = 'CLOSED', closed_at = :at where id = :id and state <> 'CLOSED' returning asset_id")
                .param("at", Timestamp.from(closedAt)).param("id", episode.value())
                .query(String.class).optional()
                .ifPresent(asset -> afterCommit(() -> listener.episodeClosed(episode, AssetId.of(asset))));
        notifyAfterCommit();
    }

    public Optional<EpisodeId> openEpisode(AssetId asset, FailureMode mode) {
        return jdbc.sql("select id from episode where asset_id = :asset and failure_mode = :mode and state <> 'CLOSED'")
                .param("asset", asset.value()).param("mode", mode.code())
                .query(String.class).optional().map(EpisodeId::of);
    }

    public List<EpisodeRow> list(int limit) {
        return jdbc.sql(SELECT + " order by (e.state = 'CLOSED'), e.opened_at desc limit :limit")
                .param("limit", limit).query(EpisodeStore::row).list();
    }

    public Optional<EpisodeRow> find(EpisodeId id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id.value()).query(EpisodeStore::row).optional();
    }

    private void notifyAfterCommit() {
        afterCommit(listener::episodesChanged);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private void appendEvidence(EpisodeId id, Evidence evidence) {
        jdbc.sql("update episode set evidence = evidence || :line where id = :id")
                .param("line", "\n" + line(evidence)).param("id", id.value()).update();
    }

    private static String line(Evidence evidence) {
        return evidence.observedAt() + " " + evidence.ruleId() + ": " + evidence.summary();
    }

    private static final String SELECT = """
            select e.id, e.asset_id, e.failure_mode, e.state, e.severity, e.opened_at, e.escalated_at, e.cleared_at,
                   e.closed_at, e.rule_set_version, e.evidence, w.process_instance_id
            from episode e left join episode_workflow w on w.episode_id = e.id""";

    private static EpisodeRow row(ResultSet rs, int n) throws SQLException {
        return new EpisodeRow(EpisodeId.of(rs.getString("id")), AssetId.of(rs.getString("asset_id")),
                FailureMode.of(rs.getString("failure_mode")), EpisodeState.valueOf(rs.getString("state")),
                Severity.valueOf(rs.getString("severity")), instant(rs, "opened_at").orElseThrow(),
                instant(rs, "escalated_at"), instant(rs, "cleared_at"), instant(rs, "closed_at"),
                rs.getString("rule_set_version"), List.of(rs.getString("evidence").split("\n")),
                Optional.ofNullable(rs.getString("process_instance_id")));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }
}
