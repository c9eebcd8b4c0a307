package org.millwright.app.events;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.millwright.connector.rest.webhook.UndeliveredWebhook;
import org.millwright.connector.rest.webhook.spi.WebhookDeadLetters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Webhook deliveries that failed every attempt, in table {@code webhook_dead_letter}, for inspection and redelivery. */
@Component
public class JdbcWebhookDeadLetters implements WebhookDeadLetters {
    private final JdbcClient jdbc;

    public JdbcWebhookDeadLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One kept delivery; {@code redelivered} once an operator sent it again. */
    public record Kept(long id, UndeliveredWebhook webhook, boolean redelivered) {
    }

    @Override
    public void accept(UndeliveredWebhook webhook) {
        jdbc.sql("""
                        insert into webhook_dead_letter (subscriber, url, event_id, event_type, body, attempts, reason,
                                                         dropped_at)
                        values (:subscriber, :url, :id, :type, :body, :attempts, :reason, :at)""")
                .param("subscriber", webhook.subscriber()).param("url", webhook.url().toString())
                .param("id", webhook.eventId()).param("type", webhook.eventType()).param("body", webhook.body())
                .param("attempts", webhook.attempts()).param("reason", webhook.reason())
                .param("at", Timestamp.from(webhook.droppedAt())).update();
    }

    public List<Kept> list(int limit) {
        return jdbc.sql("select * from webhook_dead_letter order by id desc limit :limit").param("limit", limit)
                .query((rs, n) -> kept(rs)).list();
    }

    public Optional<Kept> find(long id) {
        return jdbc.sql("select * from webhook_dead_letter where id = :id").param("id", id)
                .query((rs, n) -> kept(rs)).optional();
    }

    public void markRedelivered(long id, Instant at) {
        jdbc.sql("update webhook_dead_letter set redelivered_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static Kept kept(ResultSet rs) throws SQLException {
        return new Kept(rs.getLong("id"), new UndeliveredWebhook(rs.getString("subscriber"),
                URI.create(rs.getString("url")), rs.getString("event_id"), rs.getString("event_type"),
                rs.getString("body"), rs.getInt("attempts"), rs.getString("reason"),
                rs.getTimestamp("dropped_at").toInstant()), rs.getTimestamp("redelivered_at") != null);
    }
}
