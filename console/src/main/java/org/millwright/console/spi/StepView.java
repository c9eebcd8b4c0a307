package org.millwright.console.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an episode's maintenance workflow.
 *
 * @param name step name, e.g. {@code createNotification}
 * @param state e.g. {@code PENDING}, {@code RUNNING}, {@code DONE}, {@code FAILED}, {@code SKIPPED}
 * @param startedAt when the step started, if it has
 * @param endedAt when it ended, if it has
 * @param attempts how many times it was attempted (0 when not yet)
 * @param error the last error text, if any
 */
public record StepView(String name, String state, Optional<Instant> startedAt, Optional<Instant> endedAt,
        int attempts, Optional<String> error, Optional<Failure> failure) {

    /**
     * What the last failure of a step left for the operator who replays it.
     *
     * @param kind            RETRIABLE, PERMANENT, SYSTEM_UNAVAILABLE or INTERNAL
     * @param system          the system of record that failed
     * @param upstreamMessage the system's own error text
     * @param request         the exact request the step sent, as JSON
     */
    public record Failure(String kind, Optional<String> system, Optional<String> upstreamMessage, String request) {
        public Failure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(upstreamMessage, "upstreamMessage");
            Objects.requireNonNull(request, "request");
        }
    }

    /** A step without failure details. */
    public StepView(String name, String state, Optional<Instant> startedAt, Optional<Instant> endedAt, int attempts,
                    Optional<String> error) {
        this(name, state, startedAt, endedAt, attempts, error, Optional.empty());
    }

    /** Rejects nulls and negative attempts. */
    public StepView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(failure, "failure");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts of step " + name + " must not be negative: " + attempts);
        }
    }
}
