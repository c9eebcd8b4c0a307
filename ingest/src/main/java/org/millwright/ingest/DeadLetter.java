package org.millwright.ingest;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One rejected input, kept durably with its raw payload so that an operator can inspect and replay it.
 *
 * <p>The payload array is copied on the way in and on the way out, so a letter is immutable.
 *
 * @param source     the protocol it came from, e.g. {@code mqtt}
 * @param topic      the topic or channel it arrived on, verbatim
 * @param reason     why it was rejected
 * @param detail     a human sentence naming the problem
 * @param payload    the raw bytes as received
 * @param receivedAt when the hub received it
 */
public record DeadLetter(String source, String topic, RejectReason reason, String detail, byte[] payload,
                         Instant receivedAt) {
    public DeadLetter {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(receivedAt, "receivedAt");
        payload = Objects.requireNonNull(payload, "payload").clone();
    }

    /** A copy of the raw payload. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeadLetter that
                && source.equals(that.source) && topic.equals(that.topic) && reason == that.reason
                && detail.equals(that.detail) && Arrays.equals(payload, that.payload)
                && receivedAt.equals(that.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, topic, reason, detail, Arrays.hashCode(payload), receivedAt);
    }

    @Override
    public String toString() {
        return "DeadLetter[source=" + source + ", topic=" + topic + ", reason=" + reason.code()
                + ", detail=" + detail + ", payload=" + payload.length + " bytes, receivedAt=" + receivedAt + ']';
    }
}
