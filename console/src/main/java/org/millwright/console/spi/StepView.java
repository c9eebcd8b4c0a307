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
        int attempts, Optional<String> error) {

    /** Rejects nulls and negative attempts. */
    public StepView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(error, "error");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts of step " + name + " must not be negative: " + attempts);
        }
    }
}
