package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.millwright.app.audit.AuditEvent;
import org.millwright.app.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The audit trail of the running hub: hash-chained, append-only, verifiable, and never forked by concurrent appends. */
class AuditIT extends HubIT {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void appendedEventsAreListedBySubjectAndTheChainVerifies() {
        String subject = uniqueSubject();
        AuditEvent first = audit.append("tester", "test.first", subject, Map.of("n", 1, "why", "because"));
        AuditEvent second = audit.append("tester", "test.second", subject, Map.of("n", 2));

        JsonNode events = Http.getJson(hub("/api/v1/audit?subject=" + subject));
        JsonNode verification = Http.getJson(hub("/api/v1/audit/verify"));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("seq").asLong()).isEqualTo(first.seq());
        assertThat(events.get(0).get("action").asString()).isEqualTo("test.first");
        assertThat(events.get(0).get("detail").get("why").asString()).isEqualTo("because");
        assertThat(events.get(1).get("hash").asString()).isEqualTo(second.hash()).matches("[0-9a-f]{64}");
        assertThat(audit.events(java.util.Optional.empty(), second.seq() - 2, 1).get(0).hash())
                .isEqualTo(second.prevHash());
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isGreaterThanOrEqualTo(second.seq());
        assertThat(verification.get("firstBrokenSeq").isNull()).isTrue();
    }

    @Test
    void eventChangedInTheDatabaseIsReportedAsTheFirstBrokenLinkOfTheChain() throws SQLException {
        AuditEvent target = audit.append("tester", "test.payment", uniqueSubject(), Map.of("amount", 10));
        audit.append("tester", "test.after", uniqueSubject(), Map.of());

        tamper(target.seq(), "{\"amount\":10000}");
        JsonNode tampered;
        try {
            tampered = Http.getJson(hub("/api/v1/audit/verify"));
        } finally {
            tamper(target.seq(), target.detail());
        }
        JsonNode restored = Http.getJson(hub("/api/v1/audit/verify"));

        assertThat(tampered.get("valid").asBoolean()).isFalse();
        assertThat(tampered.get("firstBrokenSeq").asLong()).isEqualTo(target.seq());
        assertThat(tampered.get("checked").asLong()).isEqualTo(target.seq() - 1);
        assertThat(tampered.get("problem").asString()).contains("event " + target.seq(), "changed");
        assertThat(restored.get("valid").asBoolean()).isTrue();
    }

    @Test
    void theApplicationCannotChangeOrDeleteAuditEvents() {
        AuditEvent event = audit.append("tester", "test.fixed", uniqueSubject(), Map.of());

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else' where seq = :seq")
                .param("seq", event.seq()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = :seq").param("seq", event.seq())
                .update()).hasMessageContaining("append-only");
    }

    @Test
    void concurrentAppendsNeverForkTheChainNorLeaveGaps() throws Exception {
        int threads = 8;
        int each = 25;
        String subject = uniqueSubject();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<AuditEvent> appended = new ArrayList<>();
        try {
            List<Future<List<AuditEvent>>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    go.await();
                    List<AuditEvent> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(audit.append("thread-" + thread, "test.concurrent", subject,
                                Map.of("thread", thread, "i", i)));
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (Future<List<AuditEvent>> future : done) {
                appended.addAll(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        var seqs = new HashSet<Long>();
        var prevHashes = new HashSet<String>();
        appended.forEach(event -> {
            seqs.add(event.seq());
            prevHashes.add(event.prevHash());
        });
        assertThat(seqs).hasSize(threads * each);
        assertThat(prevHashes).as("no two events share a predecessor: the chain did not fork").hasSize(threads * each);
        assertThat(Http.getJson(hub("/api/v1/audit?limit=1000&subject=" + subject))).hasSize(threads * each);
        long maxSeq = jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
        long count = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThat(count).as("gap-free from 1").isEqualTo(maxSeq);
        JsonNode verification = Http.getJson(hub("/api/v1/audit/verify"));
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("checked").asLong()).isGreaterThanOrEqualTo(seqs.stream().max(Long::compare)
                .orElseThrow());
    }

    @Test
    void listingWithABadLimitIsAProblemNamingIt() {
        Http.Response response = Http.get(hub("/api/v1/audit?limit=0"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("limit");
    }

    /** Changes an event as someone with database rights could: with the append-only trigger off for one transaction. */
    private void tamper(long seq, String detail) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                 PreparedStatement update = connection.prepareStatement(
                         "update audit_event set detail = ? where seq = ?")) {
                statement.execute("set local session_replication_role = replica");
                update.setString(1, detail);
                update.setLong(2, seq);
                assertThat(update.executeUpdate()).isEqualTo(1);
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String uniqueSubject() {
        return "audit-it-" + UUID.randomUUID();
    }
}
