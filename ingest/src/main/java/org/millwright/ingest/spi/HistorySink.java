package org.millwright.ingest.spi;

import org.millwright.ingest.Decoded;

/**
 * Stores historical (backfilled) samples, those a source flagged {@code "hist":true}, apart from the live
 * pipeline so that they never move an asset's current state.
 *
 * <p>The gateway acknowledges a historical sample only after {@link #store} returned normally, so an
 * implementation must make it durable before returning, and throw when it could not. The same (source,
 * sequence) may be stored twice after a hub restart (see {@link org.millwright.ingest.SourceSequences}):
 * implementations key by it. Called from protocol threads: implementations must be thread-safe.
 */
@FunctionalInterface
public interface HistorySink {

    /** Stores the sample durably; throws if it could not be stored. */
    void store(Decoded.Accepted sample);
}
