package org.millwright.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail in table {@code audit_event}: append-only (a database trigger refuses updates and deletes) and
 * hash-chained, each event's hash covering the hash of the event before it (see {@link AuditChain}).
 *
 * <p>Appends are serialized by locking the single row of {@code audit_head}, which holds the sequence number and
 * hash of the last event: two appends can never take the same predecessor, so the chain never forks and has no
 * gaps. An append joins the caller's transaction when there is one, so that an audited change and its event commit
 * or roll back together; keep such transactions short, since they hold the head. Thread-safe.
 */
@Component
public class AuditTrail {
    /** The MDC key under which Micrometer Tracing puts the current trace id. */
    static final String TRACE_ID_MDC_KEY = "traceId";
    private static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Appends an event; the trace id is taken from the logging context when a trace is active.
     *
     * @param detail what else to keep (values: strings, numbers, booleans, lists and maps of them)
     * @throws IllegalArgumentException when actor, action or subject is blank or too long
     */
    public AuditEvent append(String actor, String action, String subject, Map<String, ?> detail) {
        requireText(actor, "actor", 200);
        requireText(action, "action", 100);
        requireText(subject, "subject", 200);
        String json = AuditChain.detailJson(detail);
        Optional<String> traceId = Optional.ofNullable(MDC.get(TRACE_ID_MDC_KEY)).filter(id -> !id.isBlank());
        return transactions.execute(status -> {
            Head head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                    .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).single();
            long seq = head.seq() + 1;
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String hash = AuditChain.hash(head.hash(),
                    AuditChain.canonical(seq, at, actor, action, subject, json, traceId));
            jdbc.sql("""
                            insert into audit_event (seq, at, actor, action, subject, detail, trace_id, prev_hash, hash)
                            values (:seq, :at, :actor, :action, :subject, :detail, :trace, :prev, :hash)""")
                    .param("seq", seq).param("at", Timestamp.from(at)).param("actor", actor)
                    .param("action", action).param("subject", subject).param("detail", json)
                    .param("trace", traceId.orElse(null)).param("prev", head.hash()).param("hash", hash).update();
            jdbc.sql("update audit_head set seq = :seq, hash = :hash where id = 1")
                    .param("seq", seq).param("hash", hash).update();
            return new AuditEvent(seq, at, actor, action, subject, json, traceId, head.hash(), hash);
        });
    }

    /** Events in chain order after {@code afterSeq}, of one subject when given. */
    public List<AuditEvent> events(Optional<String> subject, long afterSeq, int limit) {
        return jdbc.sql(SELECT + " where seq > :after and (cast(:subject as varchar) is null or subject = :subject)"
                        + " order by seq limit :limit")
                .param("after", afterSeq).param("subject", subject.orElse(null)).param("limit", limit)
                .query(AuditTrail::event).list();
    }

    /**
     * Recomputes the chain from the first event to the head: every event must follow its predecessor without a gap,
     * carry its predecessor's hash, and hash to its own hash; the head must name the last one. Events appended while
     * this runs are beyond the head it read and are left for the next check.
     */
    public ChainVerification verify() {
        Head head = jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).single();
        String previous = AuditChain.GENESIS;
        long expected = 1;
        while (expected <= head.seq()) {
            List<AuditEvent> page = jdbc.sql(SELECT + " where seq >= :from and seq <= :to order by seq limit " + PAGE)
                    .param("from", expected).param("to", head.seq()).query(AuditTrail::event).list();
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent event : page) {
                long checked = expected - 1;
                if (event.seq() != expected) {
                    return ChainVerification.brokenAt(expected, checked, "event " + expected
                            + " is missing: the next one is " + event.seq());
                }
                if (!event.prevHash().equals(previous)) {
                    return ChainVerification.brokenAt(expected, checked, "event " + expected
                            + " does not link to event " + (expected - 1) + ": its prev_hash is not that event's hash");
                }
                if (!event.hashMatchesContent()) {
                    return ChainVerification.brokenAt(expected, checked, "event " + expected
                            + " was changed after it was written: its content does not match its hash");
                }
                previous = event.hash();
                expected++;
            }
        }
        long checked = expected - 1;
        if (checked != head.seq()) {
            return ChainVerification.brokenAt(expected, checked, "events " + expected + " to " + head.seq()
                    + " are missing: the head of the chain is at " + head.seq());
        }
        if (!previous.equals(head.hash())) {
            return ChainVerification.brokenAt(head.seq(), checked, "the head of the chain does not carry the hash of"
                    + " event " + head.seq());
        }
        return ChainVerification.intact(checked);
    }

    private static void requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("audit event " + field + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("audit event " + field + " is longer than " + maxLength
                    + " characters: " + value.length());
        }
    }

    private static final String SELECT =
            "select seq, at, actor, action, subject, detail, trace_id, prev_hash, hash from audit_event";

    private static AuditEvent event(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
                Optional.ofNullable(rs.getString("trace_id")), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private record Head(long seq, String hash) {
    }
}
