package org.millwright.connector.rest.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * A business event to publish to webhook subscribers, e.g. type {@code org.millwright.workorder.created}, subject the
 * episode key, key {@code <episode>/work-order}.
 *
 * @param type    the CloudEvents {@code type}: reverse-DNS, what happened ({@code org.millwright.workorder.created})
 * @param subject the CloudEvents {@code subject}: what it happened to (the episode key, an asset id)
 * @param key     the business identity of this occurrence; with the source and the type it fixes the event id, so
 *                publishing the same occurrence again (after a restart or a replay) gives the same id and receivers can
 *                drop the duplicate
 * @param time    when it happened (not when it is published, so that a republished event is identical)
 * @param data    the payload, anything Jackson writes as JSON (a record, a map, a {@code JsonNode})
 */
public record BusinessEvent(String type, String subject, String key, Instant time, Object data) {
    public BusinessEvent {
        requireText(type, "type");
        requireText(subject, "subject");
        requireText(key, "key");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
