package org.millwright.console.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One current drift between the hub and a system of record.
 *
 * @param id drift id, as the application's API names it
 * @param episodeId the episode the drift belongs to
 * @param system the system of record, e.g. {@code eam} ({@code hub} for the hub's own state)
 * @param record which record of the episode, e.g. {@code notification}, {@code equipment}
 * @param recordId the record's id in that system, if known
 * @param kind {@code MISSING_IN_SYSTEM}, {@code STATUS_MISMATCH}, {@code UNRECORDED_IN_HUB} or {@code UNREACHABLE}
 * @param detail what differs, for people
 * @param firstSeenAt when a run found it first
 * @param lastSeenAt when a run found it last
 * @param acknowledgedBy who acknowledged it, if anyone has
 * @param acknowledgement their note
 */
public record DriftView(String id, String episodeId, String system, String record, Optional<String> recordId,
        String kind, String detail, Instant firstSeenAt, Instant lastSeenAt, Optional<String> acknowledgedBy,
        Optional<String> acknowledgement) {

    /** Rejects nulls. */
    public DriftView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }
}
