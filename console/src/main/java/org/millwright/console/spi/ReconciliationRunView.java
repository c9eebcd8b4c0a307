package org.millwright.console.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One reconciliation run.
 *
 * @param id run id
 * @param state {@code QUEUED}, {@code RUNNING}, {@code SUCCEEDED} or {@code FAILED}
 * @param requestedBy e.g. {@code SCHEDULE}, {@code API}, {@code CONSOLE}
 * @param requestedAt when it was requested
 * @param finishedAt when it finished, if it has
 * @param episodesChecked episodes compared with their systems
 * @param driftFound drift the run found
 * @param repaired records the run repaired in the hub
 * @param error why it failed, if it did
 */
public record ReconciliationRunView(String id, String state, String requestedBy, Instant requestedAt,
        Optional<Instant> finishedAt, int episodesChecked, int driftFound, int repaired, Optional<String> error) {

    /** Rejects nulls. */
    public ReconciliationRunView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(error, "error");
    }

    /** Whether the run is still queued or running, so that its result is still to come. */
    public boolean inProgress() {
        return state.equals("QUEUED") || state.equals("RUNNING");
    }
}
