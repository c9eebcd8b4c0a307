package org.millwright.console.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One source of a plant in the plants table.
 *
 * @param sourceId     the source's id in its plant file
 * @param kind         its protocol, e.g. {@code opcua}
 * @param endpoint     where it connects; may be empty
 * @param state        {@code CONNECTED}, {@code CONNECTING}, {@code RECONNECTING}, {@code FAILED} or {@code STOPPED}
 *                     (other values are shown uncoloured)
 * @param reason       why it is not connected, or a problem while connected; may be empty
 * @param since        when it entered {@code state}, if known
 * @param received     inputs received
 * @param handled      samples that went through detection
 * @param rejected     inputs dead-lettered or dropped
 * @param lastSampleAt when the last accepted sample arrived, if any
 */
public record PlantSourceView(String sourceId, String kind, String endpoint, String state, String reason,
        Optional<Instant> since, long received, long handled, long rejected, Optional<Instant> lastSampleAt) {

    /** Rejects nulls: absent text is an empty string, absent times are empty optionals. */
    public PlantSourceView {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastSampleAt, "lastSampleAt");
    }
}
