package org.millwright.edge.internal.filter;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.millwright.edge.config.FilterRule;
import org.millwright.edge.config.TopicFilter;
import org.millwright.edge.internal.buffer.EdgeSample;
import org.millwright.model.Quality;

/**
 * Decides which collected samples are worth buffering, per topic, by the first {@link FilterRule} whose filter
 * matches the topic (topics no rule matches always pass). The rule's semantics are on {@link FilterRule}; time is
 * the samples' own {@code observedAt}, so the verdicts do not depend on when the agent runs. A sample older than
 * the last passed one of its topic never passes (a source replaying old values).
 *
 * <p>Thread-safe (synchronized; the state is one small entry per topic).
 */
public final class SampleFilter {
    private final List<FilterRule> rules;
    private final Map<String, Last> last = new HashMap<>();
    private final Map<String, Optional<FilterRule>> ruleOfTopic = new HashMap<>();
    private long passed;
    private long filtered;

    /** The last sample of a topic that passed. */
    private record Last(double value, Instant at, Quality quality) {
    }

    public SampleFilter(List<FilterRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Whether to buffer {@code sample}; remembers it when it passes. */
    public synchronized boolean pass(EdgeSample sample) {
        Objects.requireNonNull(sample, "sample");
        Optional<FilterRule> rule = ruleOfTopic.computeIfAbsent(sample.topic(), this::ruleFor);
        Last previous = last.get(sample.topic());
        boolean pass = previous == null || rule.isEmpty() ? previous == null || !sample.observedAt().isBefore(previous.at())
                : judge(rule.get(), previous, sample);
        if (pass) {
            last.put(sample.topic(), new Last(sample.value(), sample.observedAt(), sample.quality()));
            passed++;
        } else {
            filtered++;
        }
        return pass;
    }

    private static boolean judge(FilterRule rule, Last previous, EdgeSample sample) {
        Duration since = Duration.between(previous.at(), sample.observedAt());
        if (since.isNegative()) {
            return false;
        }
        if (sample.quality() != previous.quality()) {
            return true;
        }
        if (rule.maxInterval().isPresent() && since.compareTo(rule.maxInterval().get()) >= 0) {
            return true;
        }
        if (since.compareTo(rule.minInterval()) < 0) {
            return false;
        }
        return rule.deadband().map(band -> band.exceeded(previous.value(), sample.value())).orElse(true);
    }

    private Optional<FilterRule> ruleFor(String topic) {
        return rules.stream().filter(rule -> TopicFilter.matches(rule.match(), topic)).findFirst();
    }

    /** Samples that passed since start. */
    public synchronized long passedCount() {
        return passed;
    }

    /** Samples held back by deadband or downsampling since start. */
    public synchronized long filteredCount() {
        return filtered;
    }
}
