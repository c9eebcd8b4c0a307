package org.millwright.detect;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionEvent;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

/**
 * An episode a {@link Backtest} would have produced: from a {@code ConditionRaised} to its {@code ConditionCleared}
 * (or the end of the recording), with every transition and its evidence.
 *
 * @param asset       the asset
 * @param failureMode the failure mode
 * @param raisedAt    when it was raised
 * @param clearedAt   when it cleared; empty when still open at the end of the recording
 * @param peak        the highest severity it reached
 * @param transitions the condition events of this episode in order: raised, escalations, cleared
 */
public record BacktestEpisode(AssetId asset, FailureMode failureMode, Instant raisedAt, Optional<Instant> clearedAt,
                              Severity peak, List<ConditionEvent> transitions) {
    public BacktestEpisode {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(clearedAt, "clearedAt");
        Objects.requireNonNull(peak, "peak");
        transitions = List.copyOf(transitions);
    }
}
