package org.millwright.ingest;

import org.millwright.model.Signal;

/**
 * Consumes accepted signals, e.g. detection. Called by the {@link Pipeline} on the thread that owns the
 * signal's partition: all signals of one asset arrive on the same thread, in submission order, one at a
 * time. State kept per asset may therefore be confined to that thread without locking (one handler
 * instance serves all partitions, so state shared across assets still needs care).
 */
@FunctionalInterface
public interface SignalHandler {

    /**
     * Handles one signal. Returning normally means the signal is done with and may be acknowledged to its
     * source. Throwing means "not yet": the pipeline retries the same signal with backoff, holding back
     * the rest of its partition, and never acknowledges it before a call returns normally.
     */
    void handle(Signal signal) throws Exception;
}
