package org.millwright.cli.internal.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.millwright.detect.BacktestEpisode;
import org.millwright.simulator.GroundTruth;
import org.millwright.simulator.RecordedTruth;

/**
 * Backtest episodes against the ground truth of a recording. An injected failure is <em>detected</em> when an
 * episode on its asset and failure mode was raised between its onset and its functional failure; the lead time is
 * from the first such raise to functional failure. Every other episode is <em>false</em> (on a healthy asset, on
 * another failure mode, or before the onset).
 *
 * @param failures one outcome per injected failure, in ground-truth order
 * @param falseEpisodes the episodes that match no injected failure
 */
public record TruthComparison(List<Outcome> failures, List<BacktestEpisode> falseEpisodes) {
    /**
     * @param truth    the injected failure
     * @param onset    its onset instant
     * @param failure  its functional-failure instant
     * @param detected the first episode raised between onset and functional failure
     */
    public record Outcome(GroundTruth truth, Instant onset, Instant failure, Optional<BacktestEpisode> detected) {
        /** From the detecting raise to functional failure. */
        public Optional<Duration> leadTime() {
            return detected.map(episode -> Duration.between(episode.raisedAt(), failure));
        }
    }

    public TruthComparison {
        failures = List.copyOf(failures);
        falseEpisodes = List.copyOf(falseEpisodes);
    }

    /** Compares the episodes with the ground truth. */
    public static TruthComparison of(RecordedTruth truth, List<BacktestEpisode> episodes) {
        List<Outcome> outcomes = new ArrayList<>();
        List<BacktestEpisode> unmatched = new ArrayList<>(episodes);
        for (GroundTruth failure : truth.failures()) {
            Instant onset = failure.onsetAt(truth.start());
            Instant end = failure.functionalFailureAt(truth.start());
            Optional<BacktestEpisode> first = episodes.stream()
                    .filter(e -> e.asset().equals(failure.asset()) && e.failureMode().equals(failure.failureMode()))
                    .filter(e -> !e.raisedAt().isBefore(onset) && !e.raisedAt().isAfter(end))
                    .findFirst();
            outcomes.add(new Outcome(failure, onset, end, first));
            // Later episodes of the same failure (after its onset) are the same fault, not false alarms.
            unmatched.removeIf(e -> e.asset().equals(failure.asset()) && e.failureMode().equals(failure.failureMode())
                    && !e.raisedAt().isBefore(onset));
        }
        return new TruthComparison(outcomes, unmatched);
    }

    /** How many injected failures were detected before functional failure. */
    public long detected() {
        return failures.stream().filter(o -> o.detected().isPresent()).count();
    }
}
