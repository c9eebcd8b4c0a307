package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.model.SignalType.BEARING_TEMPERATURE;
import static org.millwright.model.SignalType.MOTOR_CURRENT;

import org.junit.jupiter.api.Test;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Evidence;
import org.millwright.model.FailureMode;
import org.millwright.model.MachineGroup;
import org.millwright.model.Severity;
import org.millwright.model.SupportType;

class ThresholdDetectionTest {
    static final String TEMPERATURE_RULES = """
            version: "t1"
            rules:
              - id: temp-high
                kind: threshold
                signal: bearing-temperature
                failureMode: overheating
                above: 85
                escalateAbove: 95
                hysteresis: 5
                minDuration: PT20S
                clearDuration: PT60S
            """;
    private static final FailureMode OVERHEATING = FailureMode.of("overheating");

    private final Feed feed = Feed.of(TEMPERATURE_RULES, Feed.motor(MachineGroup.GROUP_2, SupportType.RIGID));

    @Test
    void raisesOnceTheLimitWasExceededForMinDuration() {
        assertThat(feed.at(0, BEARING_TEMPERATURE, 90)).isEmpty();
        assertThat(feed.at(10, BEARING_TEMPERATURE, 90)).isEmpty();
        assertThat(feed.at(19, BEARING_TEMPERATURE, 90)).isEmpty();

        assertThat(feed.at(20, BEARING_TEMPERATURE, 87.5)).containsExactly(new ConditionRaised(
                feed.state.asset().id(), OVERHEATING, Severity.WARNING,
                new Evidence("temp-high", BEARING_TEMPERATURE, 87.5, 85, "", Feed.T0.plusSeconds(20),
                        "bearing-temperature 87.5 degC above 85 degC for 20 s"),
                Feed.T0.plusSeconds(20), "t1"));
        assertThat(feed.state.activeSeverity(OVERHEATING)).contains(Severity.WARNING);
    }

    @Test
    void doesNotRaiseForExcursionsShorterThanMinDuration() {
        feed.hold(0, 15, 5, BEARING_TEMPERATURE, 90);
        feed.at(16, BEARING_TEMPERATURE, 84);
        feed.hold(17, 36, 5, BEARING_TEMPERATURE, 90);

        assertThat(feed.events).isEmpty();
        assertThat(feed.state.activeSeverity(OVERHEATING)).isEmpty();
    }

    @Test
    void valueOscillatingAroundTheLimitDoesNotFlap() {
        feed.hold(0, 20, 5, BEARING_TEMPERATURE, 90);
        for (long second = 25; second < 600; second += 10) {
            feed.at(second, BEARING_TEMPERATURE, 84);
            feed.at(second + 5, BEARING_TEMPERATURE, 86);
        }

        assertThat(feed.events).hasSize(1).first().isInstanceOf(ConditionRaised.class);
        assertThat(feed.state.activeSeverity(OVERHEATING)).contains(Severity.WARNING);
    }

    @Test
    void clearsOnlyAfterClearDurationBelowTheHysteresisLimit() {
        feed.hold(0, 20, 5, BEARING_TEMPERATURE, 90);

        assertThat(feed.hold(30, 85, 5, BEARING_TEMPERATURE, 79)).isEmpty();
        assertThat(feed.at(86, BEARING_TEMPERATURE, 81)).as("back in the hysteresis band restarts the clear timer")
                .isEmpty();
        assertThat(feed.hold(90, 145, 5, BEARING_TEMPERATURE, 79)).isEmpty();
        assertThat(feed.at(150, BEARING_TEMPERATURE, 79)).containsExactly(
                new ConditionCleared(feed.state.asset().id(), OVERHEATING, Feed.T0.plusSeconds(150), "t1"));
        assertThat(feed.state.activeSeverity(OVERHEATING)).isEmpty();
    }

    @Test
    void raisesAgainAfterAClear() {
        feed.hold(0, 20, 5, BEARING_TEMPERATURE, 90);
        feed.hold(25, 85, 5, BEARING_TEMPERATURE, 70);
        feed.hold(90, 110, 5, BEARING_TEMPERATURE, 90);

        assertThat(feed.events).hasSize(3);
        assertThat(feed.events.get(0)).isInstanceOf(ConditionRaised.class);
        assertThat(feed.events.get(1)).isInstanceOf(ConditionCleared.class);
        assertThat(feed.events.get(2)).isInstanceOf(ConditionRaised.class);
    }

    @Test
    void escalatesWhenTheHigherLimitHeldForMinDurationAndNeverDeEscalates() {
        feed.hold(0, 20, 5, BEARING_TEMPERATURE, 90);
        assertThat(feed.hold(25, 40, 5, BEARING_TEMPERATURE, 96)).isEmpty();

        assertThat(feed.at(45, BEARING_TEMPERATURE, 97)).singleElement().isInstanceOfSatisfying(
                ConditionEscalated.class, escalated -> {
                    assertThat(escalated.from()).isEqualTo(Severity.WARNING);
                    assertThat(escalated.to()).isEqualTo(Severity.ALARM);
                    assertThat(escalated.evidence().limit()).isEqualTo(95);
                    assertThat(escalated.evidence().summary()).isEqualTo(
                            "bearing-temperature 97 degC above 95 degC for 20 s");
                });
        assertThat(feed.hold(50, 120, 5, BEARING_TEMPERATURE, 88)).isEmpty();
        assertThat(feed.state.activeSeverity(OVERHEATING)).contains(Severity.ALARM);
    }

    @Test
    void raisesAtTheEscalatedSeverityWhenItHeldFromTheStart() {
        feed.hold(0, 20, 5, BEARING_TEMPERATURE, 99);

        assertThat(feed.events).singleElement().isInstanceOfSatisfying(ConditionRaised.class,
                raised -> assertThat(raised.severity()).isEqualTo(Severity.ALARM));
    }

    @Test
    void belowRulesMirrorAboveRules() {
        Feed pump = Feed.of("""
                version: "t1"
                rules:
                  - id: current-low
                    kind: threshold
                    signal: current
                    failureMode: dry-running
                    below: 4
                    hysteresis: 1
                    minDuration: PT10S
                    clearDuration: PT10S
                """, Feed.motor(MachineGroup.GROUP_2, SupportType.RIGID));

        assertThat(pump.hold(0, 10, 5, MOTOR_CURRENT, 3)).singleElement().isInstanceOfSatisfying(
                ConditionRaised.class, raised -> assertThat(raised.evidence().summary())
                        .isEqualTo("current 3 A below 4 A for 10 s"));
        assertThat(pump.hold(15, 40, 5, MOTOR_CURRENT, 4.5)).as("inside the hysteresis band").isEmpty();
        assertThat(pump.hold(45, 55, 5, MOTOR_CURRENT, 5.5)).singleElement().isInstanceOf(ConditionCleared.class);
    }
}
