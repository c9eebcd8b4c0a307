package org.millwright.ingest.spi;

import org.millwright.ingest.DeadLetter;

/**
 * Durable store of rejected input (the application implements it with a dead-letter table).
 *
 * <p>The gateway acknowledges rejected input to its source only after {@link #deadLetter} returned
 * normally, so an implementation must make the letter durable before returning, and throw when it
 * could not. Called from protocol threads: implementations must be thread-safe.
 */
@FunctionalInterface
public interface DeadLetterSink {

    /** Stores the letter durably; throws if it could not be stored. */
    void deadLetter(DeadLetter letter);
}
