package org.millwright.app.episodes;

import org.millwright.model.AssetId;
import org.millwright.model.ConditionRaised;
import org.millwright.model.EpisodeId;

/** Told, after commit, when episodes or their workflow steps change. */
public interface EpisodeListener {
    /** Something about episodes changed (the console pushes a refresh). */
    void episodesChanged();

    /** A condition opened a new episode (after the commit). */
    default void episodeOpened(EpisodeId episode, ConditionRaised condition) {
    }

    /** A workflow step of an episode completed; {@code outcome} names what it did or created. */
    default void stepCompleted(EpisodeId episode, String step, String outcome) {
    }

    /** The maintenance work of an episode is complete and the episode closed. */
    default void episodeClosed(EpisodeId episode, AssetId asset) {
    }
}
