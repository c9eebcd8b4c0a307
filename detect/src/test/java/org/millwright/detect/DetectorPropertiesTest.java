package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

/** Properties of the detection state machine over random sample sequences, with duplicates, reordering and gaps. */
class DetectorPropertiesTest {
    private static final String RULES_YAML = """
            version: "p1"
            rules:
              - id: vibration-zone
                kind: iso20816-zone
                signal: vibration
                failureMode: bearing-wear
                raiseAt: C
                escalateAt: D
                minDuration: PT10S
                clearDuration: PT20S
              - id: bearing-temperature
                kind: threshold
                signal: bearing-temperature
                failureMode: bearing-wear
                above: 85
                escalateAbove: 95
                escalateSeverity: TRIP
                hysteresis: 5
                minDuration: PT15S
                clearDuration: PT20S
              - id: warm
                kind: threshold
                signal: bearing-temperature
                failureMode: overheating
                above: 80
                severity: ADVISORY
                minDuration: PT5S
              - id: current-low
                kind: threshold
                signal: current
                failureMode: dry-running
                below: 4
                escalateBelow: 2
                hysteresis: 1
                minDuration: PT10S
                clearDuration: PT10S
            """;
    private static final RuleSet RULES = RuleSetLoader.load(RULES_YAML, "properties.yaml");
    private static final SignalType[] SIGNALS = {
        SignalType.VIBRATION_VELOCITY, SignalType.BEARING_TEMPERATURE, SignalType.MOTOR_CURRENT};
    /** Per signal, four values from good to bad (vibration for a group 2 flexible machine: zones A to D). */
    private static final double[][] VALUES = {{1.0, 3.0, 5.0, 8.0}, {60, 82, 90, 100}, {8, 4.5, 3, 1}};

    /**
     * A burst of samples of one signal at one level, 5 s apart; the first comes {@code deltaSeconds} after the
     * previous sample (0 duplicates it, negative reorders, more than 60 s is a gap).
     */
    record Step(int signal, int level, int samples, int deltaSeconds, boolean good) {
    }

    @Provide
    Arbitrary<List<Step>> samples() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, SIGNALS.length - 1),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(-10, 70),
                Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false))).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 200)
    void neverRaisesTwiceWithoutAClearInBetween(@ForAll("samples") List<Step> steps) {
        Map<FailureMode, Boolean> active = new HashMap<>();
        List<ConditionEvent> events = run(new Detector(RULES), steps).events;
        for (ConditionEvent event : events) {
            boolean wasActive = active.getOrDefault(event.failureMode(), false);
            if (event instanceof ConditionRaised) {
                assertThat(wasActive).as("raised while active: %s", event).isFalse();
            } else {
                assertThat(wasActive).as("escalated or cleared while not active: %s", event).isTrue();
            }
            active.put(event.failureMode(), !(event instanceof ConditionCleared));
        }
        Statistics.label("raised something").collect(events.stream().anyMatch(ConditionRaised.class::isInstance))
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 40));
        Statistics.label("cleared something").collect(events.stream().anyMatch(ConditionCleared.class::isInstance))
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 10));
    }

    @Property(tries = 200)
    void everyEscalationRaisesTheReportedSeverity(@ForAll("samples") List<Step> steps) {
        Map<FailureMode, Severity> reported = new HashMap<>();
        Feed feed = run(new Detector(RULES), steps);
        for (ConditionEvent event : feed.events) {
            if (event instanceof ConditionRaised raised) {
                reported.put(raised.failureMode(), raised.severity());
            } else if (event instanceof ConditionEscalated escalated) {
                assertThat(escalated.from()).isEqualTo(reported.get(escalated.failureMode()));
                assertThat(escalated.to().isAbove(escalated.from())).as("%s", escalated).isTrue();
                reported.put(escalated.failureMode(), escalated.to());
            } else {
                reported.remove(event.failureMode());
            }
        }
        for (String mode : List.of("bearing-wear", "overheating", "dry-running")) {
            FailureMode failureMode = FailureMode.of(mode);
            assertThat(feed.state.activeSeverity(failureMode))
                    .isEqualTo(Optional.ofNullable(reported.get(failureMode)));
        }
        Statistics.label("escalated something")
                .collect(feed.events.stream().anyMatch(ConditionEscalated.class::isInstance))
                .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 10));
    }

    @Property(tries = 100)
    void theSameSamplesAlwaysGiveTheSameEvents(@ForAll("samples") List<Step> steps) {
        List<ConditionEvent> first = run(new Detector(RULES), steps).events;
        // an independently loaded copy of the rules: nothing may depend on object identity or earlier runs
        List<ConditionEvent> second = run(new Detector(RuleSetLoader.load(RULES_YAML, "again.yaml")), steps).events;

        assertThat(second).isEqualTo(first);
    }

    private static Feed run(Detector detector, List<Step> steps) {
        Feed feed = new Feed(detector, Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));
        long second = 0;
        for (Step step : steps) {
            second += step.deltaSeconds() - 5;
            for (int i = 0; i < step.samples(); i++) {
                second += 5;
                feed.at(second, SIGNALS[step.signal()], VALUES[step.signal()][step.level()],
                        step.good() ? Quality.GOOD : Quality.BAD);
            }
        }
        return feed;
    }
}
