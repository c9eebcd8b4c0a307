package org.millwright.app.episodes;

import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;

/** Told, after commit, when episodes or their workflow steps change. */
public interface EpisodeListener {
    /** Something about episodes changed (the console pushes a refresh). */
    void episodesChanged();

    /** The maintenance work of an episode is complete and the episode closed. */
    default void episodeClosed(EpisodeId episode, AssetId asset) {
    }
}
