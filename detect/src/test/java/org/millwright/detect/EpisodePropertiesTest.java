package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.FailureMode;
import org.millwright.model.MachineGroup;
import org.millwright.model.Quality;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/**
 * Properties of the episode state machine with a cool-down and a condition-monitoring rule, over random sequences
 * of levels with duplicates, reordering, gaps and bad samples.
 */
class EpisodePropertiesTest {
    private static final String RULES_YAML = """
            version: "e1"
            coolDown: PT30S
            rules:
              - id: health
                kind: condition-monitoring
                signal: vibration
                failureMode: bearing-wear
                window: PT20S
                trendWindow: PT5M
                warmUp: PT1M
                forecastHorizon: PT1H
                minDuration: PT10S
                clearDuration: PT20S
              - id: hot
                kind: threshold
                signal: bearing-temperature
                failureMode: overheating
                above: 85
                escalateAbove: 95
                hysteresis: 5
                minDuration: PT5S
                clearDuration: PT20S
            """;
    private static final RuleSet RULES = RuleSetLoader.load(RULES_YAML, "episodes.yaml");
    private static final SignalType[] SIGNALS = {SignalType.VIBRATION_VELOCITY, SignalType.BEARING_TEMPERATURE};
    /** Per signal, levels from good to bad (vibration: group 2 flexible, zones A to D). */
    private static final double[][] VALUES = {{1.5, 2.0, 3.0, 5.0, 8.0}, {60, 82, 88, 96, 70}};
    private static final FailureMode OVERHEATING = FailureMode.of("overheating");

    /** A burst of samples at one level, 2 s apart, starting {@code deltaSeconds} after the previous sample. */
    record Step(int signal, int level, int samples, int deltaSeconds, boolean good) {
    }

    /** One sample as fed: time, signal, value, quality. */
    record Fed(long second, SignalType type, double value, boolean good) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 25),
                Arbitraries.integers().between(-4, 70), Arbitraries.integers().between(0, 19).map(i -> i > 0))
                .as(Step::new);
        return step.list().ofMinSize(5).ofMaxSize(60);
    }

    @Property(tries = 200)
    void everyTransitionIsLegalAndNoSecondEpisodeOpens(@ForAll("steps") List<Step> steps) {
        Feed feed = new Feed(new Detector(RULES), Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));
        run(feed, steps);
        Map<FailureMode, Severity> open = new HashMap<>();
        for (ConditionEvent event : feed.events) {
            Severity current = open.get(event.failureMode());
            if (event instanceof ConditionRaised raised) {
                assertThat(current).as("second episode opened: %s", event).isNull();
                open.put(event.failureMode(), raised.severity());
            } else if (event instanceof ConditionEscalated escalated) {
                assertThat(current).as("escalated without an episode: %s", event).isEqualTo(escalated.from());
                assertThat(escalated.to().isAbove(escalated.from())).isTrue();
                open.put(event.failureMode(), escalated.to());
            } else {
                assertThat(current).as("cleared without an episode: %s", event).isNotNull();
                open.remove(event.failureMode());
            }
            assertThat(event.ruleSetVersion()).isEqualTo("e1");
        }
        Statistics.label("opened").collect(feed.events.stream().anyMatch(ConditionRaised.class::isInstance))
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 40));
        Statistics.label("cleared").collect(feed.events.stream().anyMatch(ConditionCleared.class::isInstance))
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 5));
    }

    @Property(tries = 200)
    void clearsOnlyAfterTheClearRegionHeldAndTheCoolDownPassed(@ForAll("steps") List<Step> steps) {
        Feed feed = new Feed(new Detector(RULES), Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));
        List<Fed> fed = run(feed, steps);
        // the samples the detector evaluated: GOOD and newer than every earlier sample of the signal
        List<Fed> evaluated = new ArrayList<>();
        long last = Long.MIN_VALUE;
        for (Fed sample : fed) {
            if (sample.type() == SignalType.BEARING_TEMPERATURE && sample.second() > last) {
                last = sample.second();
                if (sample.good()) {
                    evaluated.add(sample);
                }
            }
        }
        for (ConditionEvent event : feed.events) {
            if (event instanceof ConditionCleared && event.failureMode().equals(OVERHEATING)) {
                long clearedAt = event.at().getEpochSecond() - Feed.T0.getEpochSecond();
                assertThat(hasClearRun(evaluated, clearedAt - 30, 20)).as("cleared at %s", clearedAt).isTrue();
            }
        }
    }

    /** Whether consecutive evaluated samples below the clear limit (80) span {@code seconds}, ending by {@code end}. */
    private static boolean hasClearRun(List<Fed> evaluated, long end, long seconds) {
        Long runStart = null;
        for (Fed sample : evaluated) {
            if (sample.second() > end) {
                break;
            }
            if (sample.value() < 80) {
                runStart = runStart == null ? sample.second() : runStart;
                if (sample.second() - runStart >= seconds) {
                    return true;
                }
            } else {
                runStart = null;
            }
        }
        return false;
    }

    @Property(tries = 100)
    void theSameSamplesAlwaysGiveTheSameEpisodes(@ForAll("steps") List<Step> steps) {
        Feed first = new Feed(new Detector(RULES), Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));
        Feed second = new Feed(new Detector(RuleSetLoader.load(RULES_YAML, "again.yaml")),
                Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));
        run(first, steps);
        run(second, steps);

        assertThat(second.events).isEqualTo(first.events);
    }

    private static List<Fed> run(Feed feed, List<Step> steps) {
        List<Fed> fed = new ArrayList<>();
        long second = 0;
        for (Step step : steps) {
            second += step.deltaSeconds() - 2;
            for (int i = 0; i < step.samples(); i++) {
                second += 2;
                SignalType type = SIGNALS[step.signal()];
                double value = VALUES[step.signal()][step.level()];
                fed.add(new Fed(second, type, value, step.good()));
                feed.at(second, type, value, step.good() ? Quality.GOOD : Quality.BAD);
            }
        }
        return fed;
    }
}
