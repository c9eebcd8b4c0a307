package org.millwright.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.millwright.detect.internal.backtest.RecordingParser;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.Signal;

/**
 * Runs a rule set over recorded telemetry with no side effects and reports the episodes it would have produced —
 * how an engineer tunes rules before putting them live. The samples go through the same {@link Detector} as in the
 * live pipeline, in recording order, so the same samples give the same events (out-of-order and bad-quality samples
 * are dropped and counted exactly as live). Stateless and thread-safe.
 */
public final class Backtest {
    private static final int MAX_PROBLEMS = 20;

    private Backtest() {
    }

    /**
     * Backtests a recording.
     *
     * @param assets the master data of the recorded assets; samples of other assets are skipped and reported
     * @throws UncheckedIOException when the recording cannot be read
     */
    public static BacktestResult run(RuleSet ruleSet, Collection<Asset> assets, Reader recording,
                                     RecordingFormat format) {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(format, "format");
        Run run = new Run(ruleSet, assets);
        RecordingParser parser = new RecordingParser(format);
        try (BufferedReader lines = new BufferedReader(recording)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                RecordingParser.Parsed parsed = parser.parse(line, number);
                if (parsed.signal().isPresent()) {
                    run.feed(parsed.signal().get(), number);
                } else if (parsed.problem().isPresent()) {
                    run.skip(parsed.problem().get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording", e);
        }
        return run.result();
    }

    /** Backtests samples already in memory, in the given order. */
    public static BacktestResult run(RuleSet ruleSet, Collection<Asset> assets, List<Signal> samples) {
        Run run = new Run(ruleSet, assets);
        for (int i = 0; i < samples.size(); i++) {
            run.feed(samples.get(i), i + 1);
        }
        return run.result();
    }

    /** One backtest's detector, states and findings. */
    private static final class Run {
        private final Detector detector;
        private final Map<AssetId, Asset> assets = new HashMap<>();
        private final Map<AssetId, AssetState> states = new HashMap<>();
        private final List<ConditionEvent> events = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private long samples;
        private long skipped;

        Run(RuleSet ruleSet, Collection<Asset> known) {
            this.detector = new Detector(Objects.requireNonNull(ruleSet, "ruleSet"));
            for (Asset asset : known) {
                assets.put(asset.id(), asset);
            }
        }

        void feed(Signal signal, int line) {
            Asset asset = assets.get(signal.asset());
            if (asset == null) {
                skip("line " + line + ": unknown asset '" + signal.asset().value() + "'");
                return;
            }
            samples++;
            events.addAll(detector.onSignal(states.computeIfAbsent(asset.id(), id -> detector.newState(asset)),
                    signal));
        }

        void skip(String problem) {
            skipped++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }

        BacktestResult result() {
            return new BacktestResult(detector.ruleSet().version(), samples, skipped, problems, events,
                    episodes(events));
        }
    }

    static List<BacktestEpisode> episodes(List<ConditionEvent> events) {
        record Key(AssetId asset, FailureMode failureMode) {
        }
        Map<Key, List<ConditionEvent>> open = new LinkedHashMap<>();
        List<List<ConditionEvent>> all = new ArrayList<>();
        for (ConditionEvent event : events) {
            Key key = new Key(event.asset(), event.failureMode());
            if (event instanceof ConditionRaised) {
                List<ConditionEvent> episode = new ArrayList<>();
                episode.add(event);
                open.put(key, episode);
                all.add(episode);
            } else {
                List<ConditionEvent> episode = event instanceof ConditionCleared ? open.remove(key) : open.get(key);
                if (episode != null) {
                    episode.add(event);
                }
            }
        }
        List<BacktestEpisode> episodes = new ArrayList<>(all.size());
        for (List<ConditionEvent> transitions : all) {
            ConditionRaised raised = (ConditionRaised) transitions.get(0);
            Severity peak = raised.severity();
            Optional<java.time.Instant> cleared = Optional.empty();
            for (ConditionEvent event : transitions) {
                if (event instanceof ConditionEscalated escalated && escalated.to().isAbove(peak)) {
                    peak = escalated.to();
                } else if (event instanceof ConditionCleared) {
                    cleared = Optional.of(event.at());
                }
            }
            episodes.add(new BacktestEpisode(raised.asset(), raised.failureMode(), raised.at(), cleared, peak,
                    transitions));
        }
        return episodes;
    }
}
