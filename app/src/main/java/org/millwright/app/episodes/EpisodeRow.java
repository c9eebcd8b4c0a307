package org.millwright.app.episodes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.EpisodeState;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

/** An episode as stored. */
public record EpisodeRow(EpisodeId id, AssetId asset, FailureMode failureMode, EpisodeState state, Severity severity,
                         Instant openedAt, Optional<Instant> escalatedAt, Optional<Instant> clearedAt,
                         Optional<Instant> closedAt, String ruleSetVersion, List<String> evidence,
                         Optional<String> processInstanceId) {
}
