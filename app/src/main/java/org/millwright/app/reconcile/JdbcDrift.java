package org.millwright.app.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drift in table {@code reconciliation_drift}, and the one write reconciliation makes to the hub's idempotency
 * ledger (completing a PENDING row). Callers decide the transactions.
 */
@Component
class JdbcDrift {
    private static final String SELECT = """
            select id, episode_id, system, record, record_id, kind, detail, first_seen_run, last_seen_run,
                   first_seen_at, last_seen_at, resolved_at, resolution, acknowledged_at, acknowledged_by,
                   acknowledgement
            from reconciliation_drift""";

    private final JdbcClient jdbc;

    JdbcDrift(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a finding: a new current drift, or the current one of that record and kind seen again. */
    void seen(long run, EpisodeId episode, Finding finding, Instant now) {
        jdbc.sql("""
                        insert into reconciliation_drift (episode_id, system, record, record_id, kind, detail,
                          first_seen_run, last_seen_run, first_seen_at, last_seen_at)
                        values (:e, :system, :record, :recordId, :kind, :detail, :run, :run, :now, :now)
                        on conflict (episode_id, record, kind) where resolved_at is null do update
                          set system = excluded.system, record_id = excluded.record_id, detail = excluded.detail,
                              last_seen_run = excluded.last_seen_run, last_seen_at = excluded.last_seen_at""")
                .param("e", episode.value()).param("system", finding.system()).param("record", finding.record().key())
                .param("recordId", finding.recordId().orElse(null)).param("kind", finding.kind().name())
                .param("detail", finding.detail()).param("run", run).param("now", Timestamp.from(now)).update();
    }

    /** Resolves the current drift of a record whose kind a run that could ask the system no longer found. */
    void notSeenAgain(EpisodeId episode, RecordKind record, Set<DriftKind> stillFound, Instant now) {
        String stillFoundClause = stillFound.isEmpty() ? "" : " and kind not in (:kinds)";
        var statement = jdbc.sql("update reconciliation_drift set resolved_at = :now, resolution = 'NOT_SEEN_AGAIN'"
                        + " where episode_id = :e and record = :record and resolved_at is null" + stillFoundClause)
                .param("now", Timestamp.from(now)).param("e", episode.value()).param("record", record.key());
        if (!stillFound.isEmpty()) {
            statement = statement.param("kinds", stillFound.stream().map(Enum::name).toList());
        }
        statement.update();
    }

    /** Resolves current drift of closed episodes that left the look-back: no run will check them again. */
    int outOfScope(Instant closedBefore, Instant now) {
        return jdbc.sql("""
                        update reconciliation_drift set resolved_at = :now, resolution = 'OUT_OF_SCOPE'
                        where resolved_at is null and episode_id in
                          (select id from episode where state = 'CLOSED' and closed_at < :before)""")
                .param("now", Timestamp.from(now)).param("before", Timestamp.from(closedBefore)).update();
    }

    /** Completes a ledger row that is still PENDING; false when the workflow completed it meanwhile. */
    boolean completePendingLedger(EpisodeId episode, Step step, String result, Instant now) {
        return jdbc.sql("""
                        update sor_ledger set state = 'DONE', result = :result, completed_at = :now
                        where episode_id = :e and step = :step and state = 'PENDING'""")
                .param("result", result).param("now", Timestamp.from(now)).param("e", episode.value())
                .param("step", step.wireName()).update() == 1;
    }

    /** Keeps a repaired drift, resolved as it is recorded. */
    long repaired(long run, EpisodeId episode, RecordKind record, Repair repair, String detail, Instant now) {
        return jdbc.sql("""
                        insert into reconciliation_drift (episode_id, system, record, record_id, kind, detail,
                          first_seen_run, last_seen_run, first_seen_at, last_seen_at, resolved_at, resolution)
                        values (:e, :system, :record, :recordId, 'UNRECORDED_IN_HUB', :detail, :run, :run, :now, :now,
                          :now, 'REPAIRED') returning id""")
                .param("e", episode.value()).param("system", repair.system()).param("record", record.key())
                .param("recordId", repair.recordId()).param("detail", detail).param("run", run)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** Current drift, oldest first, narrowed by what is given. */
    List<Drift> current(Optional<EpisodeId> episode, Optional<String> system, Optional<DriftKind> kind,
                        Optional<Boolean> acknowledged, int limit) {
        return jdbc.sql(SELECT + """
                         where resolved_at is null
                          and (cast(:e as varchar) is null or episode_id = :e)
                          and (cast(:system as varchar) is null or system = :system)
                          and (cast(:kind as varchar) is null or kind = :kind)
                          and (cast(:ack as boolean) is null or (acknowledged_at is not null) = :ack)
                        order by id limit :limit""")
                .param("e", episode.map(EpisodeId::value).orElse(null)).param("system", system.orElse(null))
                .param("kind", kind.map(Enum::name).orElse(null)).param("ack", acknowledged.orElse(null))
                .param("limit", limit).query(JdbcDrift::drift).list();
    }

    Optional<Drift> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(JdbcDrift::drift).optional();
    }

    /** Acknowledges a current drift that is not acknowledged yet; false otherwise. */
    boolean acknowledge(long id, String by, String note, Instant now) {
        return jdbc.sql("""
                        update reconciliation_drift set acknowledged_at = :now, acknowledged_by = :by,
                          acknowledgement = :note
                        where id = :id and resolved_at is null and acknowledged_at is null""")
                .param("now", Timestamp.from(now)).param("by", by).param("note", note).param("id", id)
                .update() == 1;
    }

    List<Drift> repairsOf(long run) {
        return jdbc.sql(SELECT + " where first_seen_run = :run and resolution = 'REPAIRED' order by id")
                .param("run", run).query(JdbcDrift::drift).list();
    }

    /** Current drift nobody has acknowledged, counted by system and kind. */
    Map<SystemAndKind, Long> unacknowledgedCounts() {
        Map<SystemAndKind, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select system, kind, count(*) as n from reconciliation_drift
                        where resolved_at is null and acknowledged_at is null group by system, kind""")
                .query((rs, n) -> Map.entry(new SystemAndKind(rs.getString("system"),
                        DriftKind.valueOf(rs.getString("kind"))), rs.getLong("n")))
                .list().forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    record SystemAndKind(String system, DriftKind kind) {
    }

    private static Drift drift(ResultSet rs, int n) throws SQLException {
        Optional<Instant> acknowledgedAt = JdbcRuns.instant(rs, "acknowledged_at");
        return new Drift(rs.getLong("id"), EpisodeId.of(rs.getString("episode_id")), rs.getString("system"),
                rs.getString("record"), Optional.ofNullable(rs.getString("record_id")),
                DriftKind.valueOf(rs.getString("kind")), rs.getString("detail"), rs.getLong("first_seen_run"),
                rs.getLong("last_seen_run"), rs.getTimestamp("first_seen_at").toInstant(),
                rs.getTimestamp("last_seen_at").toInstant(), JdbcRuns.instant(rs, "resolved_at"),
                Optional.ofNullable(rs.getString("resolution")),
                acknowledgedAt.isEmpty() ? Optional.empty() : Optional.of(new Drift.Acknowledgement(
                        rs.getString("acknowledged_by"), acknowledgedAt.get(), rs.getString("acknowledgement"))));
    }
}
