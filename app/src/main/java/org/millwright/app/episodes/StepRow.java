package org.millwright.app.episodes;

import java.time.Instant;
import java.util.Optional;

/** One workflow step of an episode as journaled. */
public record StepRow(String name, String state, Instant startedAt, Optional<Instant> endedAt, int attempts,
                      Optional<String> outcome, Optional<String> error, Optional<Failure> failure) {

    /**
     * What the last failure of the step left for an operator.
     *
     * @param kind     RETRIABLE, PERMANENT, SYSTEM_UNAVAILABLE or INTERNAL
     * @param request  the exact request the step sent, as JSON
     */
    public record Failure(String kind, Optional<String> system, Optional<String> upstreamMessage, String request) {
    }
}
