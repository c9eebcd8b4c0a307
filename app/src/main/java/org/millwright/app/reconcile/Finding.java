package org.millwright.app.reconcile;

import java.util.Objects;
import java.util.Optional;

/**
 * One drift found for one record of an episode.
 *
 * @param system   the configured system of record asked (e.g. {@code eam}), or {@code hub} for the hub's own state
 * @param recordId the record's id in that system, when one is known
 * @param detail   what differs, for people: names the record, the system and what each side holds
 */
public record Finding(RecordKind record, String system, Optional<String> recordId, DriftKind kind, String detail) {
    public Finding {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
