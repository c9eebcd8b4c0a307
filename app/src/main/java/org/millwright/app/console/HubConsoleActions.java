package org.millwright.app.console;

import java.util.Optional;
import org.millwright.app.episodes.EpisodeReplay;
import org.millwright.console.spi.ConsoleActions;
import org.millwright.model.EpisodeId;
import org.springframework.stereotype.Component;

/** The console's actions, over the same services as the API. */
@Component
public class HubConsoleActions implements ConsoleActions {
    private final EpisodeReplay replay;

    public HubConsoleActions(EpisodeReplay replay) {
        this.replay = replay;
    }

    @Override
    public String replay(String episodeId) {
        if (!EpisodeId.isValid(episodeId)) {
            return EpisodeReplay.Outcome.UNKNOWN_EPISODE.sentence();
        }
        return replay.replay(EpisodeId.of(episodeId), Optional.empty()).sentence();
    }
}
