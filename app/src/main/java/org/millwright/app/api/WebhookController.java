package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.millwright.app.events.JdbcWebhookDeadLetters;
import org.millwright.app.events.JdbcWebhookDeadLetters.Kept;
import org.millwright.connector.rest.webhook.WebhookPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Webhook deliveries that failed every attempt, and sending one again (same event id, so receivers de-duplicate). */
@RestController
@RequestMapping("/api/v1/webhooks/dead-letters")
@Tag(name = "Webhooks", description = "Business events delivered to subscribers as signed CloudEvents")
public class WebhookController {
    private final JdbcWebhookDeadLetters deadLetters;
    private final ObjectProvider<WebhookPublisher> publisher;
    private final Clock clock;

    public WebhookController(JdbcWebhookDeadLetters deadLetters, ObjectProvider<WebhookPublisher> publisher,
                             Clock clock) {
        this.deadLetters = deadLetters;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** One undelivered event. */
    public record DeadLetterJson(long id, String subscriber, String url, String eventId, String eventType,
                                 int attempts, String reason, Instant droppedAt, boolean redelivered, String body) {
        static DeadLetterJson of(Kept kept) {
            var w = kept.webhook();
            return new DeadLetterJson(kept.id(), w.subscriber(), w.url().toString(), w.eventId(), w.eventType(),
                    w.attempts(), w.reason(), w.droppedAt(), kept.redelivered(), w.body());
        }
    }

    @GetMapping
    @Operation(summary = "Webhook deliveries that failed every attempt, newest first")
    public List<DeadLetterJson> list(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000, was " + limit);
        }
        return deadLetters.list(limit).stream().map(DeadLetterJson::of).toList();
    }

    @PostMapping("/{id}/redeliver")
    @Operation(summary = "Send an undelivered event again to its subscriber, with the same event id")
    public ResponseEntity<DeadLetterJson> redeliver(@PathVariable long id) {
        WebhookPublisher webhooks = publisher.getIfAvailable();
        if (webhooks == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "no webhooks are configured"
                    + " (millwright.webhooks.file)");
        }
        Kept kept = deadLetters.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no webhook dead letter " + id));
        webhooks.redeliver(kept.webhook());
        deadLetters.markRedelivered(id, clock.instant());
        return ResponseEntity.accepted().body(DeadLetterJson.of(deadLetters.find(id).orElseThrow()));
    }
}
