package org.millwright.app.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.millwright.ingest.DeadLetter;
import org.millwright.ingest.spi.DeadLetterSink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rejected input in table {@code dead_letter}, raw payload included. */
@Component
public class JdbcDeadLetters implements DeadLetterSink {
    private final JdbcClient jdbc;

    public JdbcDeadLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        jdbc.sql("""
                        insert into dead_letter (source, topic, reason, detail, payload, received_at)
                        values (:source, :topic, :reason, :detail, :payload, :at)""")
                .param("source", letter.source()).param("topic", letter.topic())
                .param("reason", letter.reason().name()).param("detail", letter.detail())
                .param("payload", letter.payload()).param("at", Timestamp.from(letter.receivedAt()))
                .update();
    }

    /** A stored dead letter. */
    public record Row(long id, String source, String topic, String reason, String detail, byte[] payload,
                      Instant receivedAt) {
    }

    public List<Row> recent(int limit, String reason) {
        return jdbc.sql("""
                        select id, source, topic, reason, detail, payload, received_at from dead_letter
                        where (cast(:reason as varchar) is null or reason = :reason)
                        order by id desc limit :limit""")
                .param("reason", reason).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("source"), rs.getString("topic"),
                        rs.getString("reason"), rs.getString("detail"), rs.getBytes("payload"),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
    }
}
