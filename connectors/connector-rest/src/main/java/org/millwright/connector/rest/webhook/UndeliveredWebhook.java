package org.millwright.connector.rest.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A webhook given up on: after the last attempt, rejected by the receiver, refused by a full queue, or still queued
 * when the publisher closed. {@link WebhookPublisher#redeliver(UndeliveredWebhook)} sends it again, byte for byte
 * (same event id), signed with the subscriber's current secret.
 *
 * @param body     the CloudEvent exactly as sent (JSON)
 * @param attempts deliveries attempted (0 when it never left the queue)
 * @param reason   why it was given up: the last failure, in the receiver's words where it gave any
 */
public record UndeliveredWebhook(String subscriber, URI url, String eventId, String eventType, String body,
                                 int attempts, String reason, Instant droppedAt) {
    public UndeliveredWebhook {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(droppedAt, "droppedAt");
    }
}
