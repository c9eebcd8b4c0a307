package org.millwright.orchestrate.spi;

import java.util.Optional;
import org.millwright.model.EpisodeId;

/**
 * Durable rows of the idempotency ledger, one per (episode, step). Implementations must commit each call on its
 * own, independently of any surrounding transaction: a ledger row has to outlive a rolled-back workflow job.
 */
public interface LedgerStore {
    /** The recorded result of a completed call, if the step completed before. */
    Optional<String> completedResult(EpisodeId episode, String step);

    /**
     * Records that an attempt starts and returns how many attempts were recorded before this one; a value above
     * zero means an earlier attempt may have reached the system of record.
     */
    int beginAttempt(EpisodeId episode, String step, String system);

    /** Records the result of the call; later attempts return it without calling the system again. */
    void complete(EpisodeId episode, String step, String result);
}
