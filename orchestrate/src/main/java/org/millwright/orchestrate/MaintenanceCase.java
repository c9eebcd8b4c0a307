package org.millwright.orchestrate;

import java.util.Objects;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

/**
 * What the workflow of one episode starts from.
 *
 * @param evidence the evidence sentences, for the notification's long text
 */
public record MaintenanceCase(EpisodeId episode, AssetId asset, FailureMode failureMode, Severity severity,
                              String evidence) {
    public MaintenanceCase {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(evidence, "evidence");
    }
}
