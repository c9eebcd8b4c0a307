package org.millwright.app.reconcile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.app.reconcile.HubBelief.JournalEntry;
import org.millwright.app.reconcile.HubBelief.LedgerEntry;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.EpisodeState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what the hub believes from its own tables: episodes, the idempotency ledger and the step journal. */
@Component
class HubBeliefs {
    private final JdbcClient jdbc;

    HubBeliefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open episodes, and closed ones that closed at or after {@code closedSince}, oldest first. */
    List<EpisodeId> inScope(Instant closedSince) {
        return jdbc.sql("select id from episode where state <> 'CLOSED' or closed_at >= :since order by opened_at, id")
                .param("since", Timestamp.from(closedSince)).query(String.class).list().stream()
                .map(EpisodeId::of).toList();
    }

    Optional<HubBelief> read(EpisodeId episode) {
        return jdbc.sql("""
                        select e.id, e.asset_id, e.state, e.closed_at, w.process_instance_id,
                               exists (select 1 from episode later where later.asset_id = e.asset_id
                                       and later.opened_at > e.opened_at) as superseded
                        from episode e left join episode_workflow w on w.episode_id = e.id
                        where e.id = :e""")
                .param("e", episode.value())
                .query((rs, n) -> {
                    Timestamp closedAt = rs.getTimestamp("closed_at");
                    return new HubBelief(episode, AssetId.of(rs.getString("asset_id")),
                            EpisodeState.valueOf(rs.getString("state")),
                            Optional.ofNullable(closedAt).map(Timestamp::toInstant), ledger(episode),
                            steps(episode), rs.getBoolean("superseded"),
                            Optional.ofNullable(rs.getString("process_instance_id")), Optional.empty());
                }).optional();
    }

    private Map<String, LedgerEntry> ledger(EpisodeId episode) {
        Map<String, LedgerEntry> ledger = new HashMap<>();
        jdbc.sql("select step, system, state, result from sor_ledger where episode_id = :e")
                .param("e", episode.value())
                .query((rs, n) -> Map.entry(rs.getString("step"), new LedgerEntry(rs.getString("system"),
                        rs.getString("state").equals("DONE"), Optional.ofNullable(rs.getString("result")))))
                .list().forEach(entry -> ledger.put(entry.getKey(), entry.getValue()));
        return ledger;
    }

    private Map<String, JournalEntry> steps(EpisodeId episode) {
        Map<String, JournalEntry> steps = new HashMap<>();
        jdbc.sql("select step, state, started_at from workflow_step where episode_id = :e")
                .param("e", episode.value())
                .query((rs, n) -> Map.entry(rs.getString("step"),
                        new JournalEntry(rs.getString("state"), rs.getTimestamp("started_at").toInstant())))
                .list().forEach(entry -> steps.put(entry.getKey(), entry.getValue()));
        return steps;
    }
}
