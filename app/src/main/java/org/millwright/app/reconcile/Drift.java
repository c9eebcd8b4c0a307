package org.millwright.app.reconcile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.EpisodeId;

/**
 * A drift as stored: current until a run no longer finds it. A repaired drift is stored already resolved.
 *
 * @param record          which record of the episode: {@link RecordKind#key()}
 * @param firstSeenRun    the run that found it first
 * @param lastSeenRun     the last run that found it
 * @param resolution      NOT_SEEN_AGAIN, REPAIRED or OUT_OF_SCOPE (the episode left the look-back) once resolved
 * @param acknowledgement an operator's note, with who and when
 */
public record Drift(long id, EpisodeId episode, String system, String record, Optional<String> recordId,
                    DriftKind kind, String detail, long firstSeenRun, long lastSeenRun, Instant firstSeenAt,
                    Instant lastSeenAt, Optional<Instant> resolvedAt, Optional<String> resolution,
                    Optional<Acknowledgement> acknowledgement) {
    public Drift {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
    }

    /** An operator has seen the drift and said why it may stay. */
    public record Acknowledgement(String by, Instant at, String note) {
        public Acknowledgement {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(note, "note");
        }
    }

    public boolean current() {
        return resolvedAt.isEmpty();
    }
}
