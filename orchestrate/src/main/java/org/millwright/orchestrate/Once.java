package org.millwright.orchestrate;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One idempotency scope (a workflow step of an episode, or a request's {@code Idempotency-Key}): a creating call made
 * through it reaches the system of record at most once with effect. See {@link IdempotencyLedger#once}.
 */
@FunctionalInterface
public interface Once {
    /**
     * @param system  the system of record called, recorded with the attempt
     * @param recover looks for the record an earlier attempt may have created (by external reference)
     * @param create  creates the record and returns its id (or an encoded result)
     * @return the recorded result of the first attempt that completed
     */
    String run(String system, Supplier<Optional<String>> recover, Supplier<String> create);

    /** Runs a read once and keeps its answer, so that a replay takes the same decision as the first run. */
    default String read(String system, Supplier<String> read) {
        return run(system, Optional::empty, read);
    }
}
