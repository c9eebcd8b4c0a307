package org.millwright.edge.internal.buffer;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A row of the buffer: a numbered sample waiting for the broker's PUBACK.
 *
 * @param id      the row id, increasing in buffering order
 * @param source  the source id
 * @param seq     the source's sequence number
 * @param topic   the topic to publish on
 * @param payload the JSON payload (live form, without {@code hist})
 */
public record BufferedSample(long id, String source, long seq, String topic, String payload) {
    public BufferedSample {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
    }

    /** The payload to publish: as buffered for a live sample, with {@code "hist":true} added for backlog. */
    public byte[] payloadBytes(boolean historical) {
        String json = historical ? payload.substring(0, payload.length() - 1) + ",\"hist\":true}" : payload;
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
