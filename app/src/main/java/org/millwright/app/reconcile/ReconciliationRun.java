package org.millwright.app.reconcile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.EpisodeId;

/**
 * One run of the reconciliation job.
 *
 * @param episode         the one episode it reconciles; every episode in scope when empty
 * @param episodesChecked episodes compared with their systems
 * @param episodesSkipped episodes left for the next run: the hub's side changed while they were checked, or the
 *                        check failed unexpectedly (logged)
 * @param driftFound      findings of this run (repairs not counted)
 * @param repaired        ledger rows completed from what a system holds
 * @param error           why the run failed
 */
public record ReconciliationRun(long id, RequestedBy requestedBy, Optional<EpisodeId> episode, State state,
                                Instant requestedAt, Optional<Instant> startedAt, Optional<Instant> finishedAt,
                                int episodesChecked, int episodesSkipped, int driftFound, int repaired,
                                Optional<String> error) {
    public ReconciliationRun {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(error, "error");
    }

    /** Who asked for a run. */
    public enum RequestedBy { SCHEDULE, API, CONSOLE }

    /** QUEUED → RUNNING → SUCCEEDED or FAILED; runs execute one at a time, in the order requested. */
    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }
}
