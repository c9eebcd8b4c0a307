package org.millwright.onboarding;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one source of a plant, for the API, the health endpoint and the console.
 *
 * @param sourceId     the source's id in the plant file
 * @param kind         its protocol
 * @param endpoint     where it connects, e.g. {@code opc.tcp://plc-7:4840/ua} or {@code mqtt://10.0.0.5:1883 legacy/+/+}
 * @param state        where it stands
 * @param reason       while not {@link SourceState#CONNECTED}, why (e.g. the server refused the credentials), naming
 *                     what to do; while connected, a problem that does not stop it (e.g. a node the server does not
 *                     know); else empty
 * @param since        when it entered {@code state}
 * @param startedAt    when this source was started with its current configuration; unchanged while a reload leaves
 *                     the source untouched
 * @param received     inputs that arrived since {@code startedAt}, mappable or not
 * @param handled      samples that went through detection (acknowledged by the pipeline)
 * @param rejected     inputs dead-lettered with a reason (unknown topic or tag, bad payload, impossible value, ...)
 *                     or dropped by the protocol (an OPC UA value without a number)
 * @param lastSampleAt when the last accepted sample arrived, if any
 */
public record SourceStatus(String sourceId, SourceKind kind, String endpoint, SourceState state,
                           Optional<String> reason, Instant since, Instant startedAt, long received, long handled,
                           long rejected, Optional<Instant> lastSampleAt) {
    public SourceStatus {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastSampleAt, "lastSampleAt");
    }
}
