package org.millwright.orchestrate.spi;

import org.millwright.model.EpisodeId;

/**
 * The per-episode record of workflow steps shown by the API and the console. Implementations commit each call on
 * its own so that failures stay visible after the failing job rolls back.
 */
public interface StepJournal {
    void started(EpisodeId episode, String step);

    void succeeded(EpisodeId episode, String step, String outcome);

    void failed(EpisodeId episode, String step, String error);
}
