package org.millwright.orchestrate.spi;

import java.time.Instant;
import org.millwright.model.EpisodeId;

/** Closes an episode once its maintenance work is complete; idempotent. */
public interface EpisodeCloser {
    void close(EpisodeId episode, Instant closedAt);
}
