package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.millwright.model.SignalType.BEARING_TEMPERATURE;
import static org.millwright.model.SignalType.VIBRATION_VELOCITY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.FailureMode;
import org.millwright.model.MachineGroup;
import org.millwright.model.Quality;
import org.millwright.model.Severity;
import org.millwright.model.Signal;
import org.millwright.model.SupportType;

class DetectorTest {
    private static final FailureMode OVERHEATING = FailureMode.of("overheating");
    private static final FailureMode BEARING_WEAR = FailureMode.of("bearing-wear");

    private final Feed feed = Feed.of(ThresholdDetectionTest.TEMPERATURE_RULES,
            Feed.motor(MachineGroup.GROUP_2, SupportType.RIGID));

    @Test
    void ignoresAndCountsDuplicateAndOutOfOrderSamples() {
        feed.at(0, BEARING_TEMPERATURE, 90);
        feed.at(0, BEARING_TEMPERATURE, 90);
        feed.at(10, BEARING_TEMPERATURE, 90);
        feed.at(5, BEARING_TEMPERATURE, 70);
        assertThat(feed.at(20, BEARING_TEMPERATURE, 90)).hasSize(1);
        feed.at(20, BEARING_TEMPERATURE, 90);
        feed.at(15, BEARING_TEMPERATURE, 90);

        assertThat(feed.events).hasSize(1);
        assertThat(feed.state.ignoredOutOfOrder()).isEqualTo(4);
        assertThat(feed.state.evaluated()).isEqualTo(3);
    }

    @Test
    void ignoresAndCountsSamplesThatAreNotGood() {
        feed.at(0, BEARING_TEMPERATURE, 90);
        feed.at(10, BEARING_TEMPERATURE, 20, Quality.BAD);
        feed.at(12, BEARING_TEMPERATURE, 20, Quality.UNCERTAIN);

        assertThat(feed.at(20, BEARING_TEMPERATURE, 90)).hasSize(1);
        assertThat(feed.state.ignoredNotGood()).isEqualTo(2);
        assertThat(feed.at(11, BEARING_TEMPERATURE, 90)).as("a bad sample still marks the signal as seen").isEmpty();
        assertThat(feed.state.ignoredOutOfOrder()).isEqualTo(1);
    }

    @Test
    void aGapLongerThanMaxGapRestartsTheDurationTimer() {
        feed.at(0, BEARING_TEMPERATURE, 90);
        assertThat(feed.at(61, BEARING_TEMPERATURE, 90)).as("61 s without data is no evidence").isEmpty();
        assertThat(feed.at(80, BEARING_TEMPERATURE, 90)).isEmpty();

        assertThat(feed.at(81, BEARING_TEMPERATURE, 90)).singleElement().isInstanceOfSatisfying(ConditionRaised.class,
                raised -> assertThat(raised.evidence().summary()).endsWith("for 20 s"));
    }

    @Test
    void aGapAlsoRestartsTheClearTimer() {
        feed.hold(0, 20, 5, BEARING_TEMPERATURE, 90);
        feed.at(30, BEARING_TEMPERATURE, 70);

        assertThat(feed.at(100, BEARING_TEMPERATURE, 70)).isEmpty();
        assertThat(feed.hold(110, 150, 10, BEARING_TEMPERATURE, 70)).isEmpty();
        assertThat(feed.at(160, BEARING_TEMPERATURE, 70)).singleElement().isInstanceOf(ConditionCleared.class);
    }

    @Test
    void twoFailureModesAreIndependent() {
        Feed both = Feed.of(ThresholdDetectionTest.TEMPERATURE_RULES + """
                  - id: vibration-zone
                    kind: iso20816-zone
                    signal: vibration
                    failureMode: bearing-wear
                    raiseAt: C
                    minDuration: PT10S
                    clearDuration: PT10S
                """, Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));

        both.hold(0, 20, 5, BEARING_TEMPERATURE, 90);
        both.hold(0, 10, 5, VIBRATION_VELOCITY, 6.0);
        both.hold(25, 95, 5, BEARING_TEMPERATURE, 70);

        assertThat(both.events).extracting(ConditionEvent::failureMode, DetectorTest::kind).containsExactly(
                tuple(OVERHEATING, "raised"),
                tuple(BEARING_WEAR, "raised"),
                tuple(OVERHEATING, "cleared"));
        assertThat(both.state.activeSeverity(BEARING_WEAR)).contains(Severity.WARNING);
        assertThat(both.state.activeSeverity(OVERHEATING)).isEmpty();
    }

    @Test
    void rulesOfOneFailureModeFeedOneConditionAtTheirHighestSeverity() {
        Feed shared = Feed.of("""
                version: "s1"
                rules:
                  - id: vibration-zone
                    kind: iso20816-zone
                    signal: vibration
                    failureMode: bearing-wear
                    raiseAt: C
                    minDuration: PT10S
                    clearDuration: PT10S
                  - id: temp-high
                    kind: threshold
                    signal: bearing-temperature
                    failureMode: bearing-wear
                    above: 85
                    escalateAbove: 95
                    minDuration: PT10S
                    clearDuration: PT10S
                """, Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));

        assertThat(shared.hold(0, 10, 5, VIBRATION_VELOCITY, 6.0)).singleElement().isInstanceOf(ConditionRaised.class);
        assertThat(shared.hold(0, 10, 5, BEARING_TEMPERATURE, 90)).as("a second rule joins the open condition")
                .isEmpty();
        assertThat(shared.hold(15, 25, 5, BEARING_TEMPERATURE, 99)).singleElement().isInstanceOfSatisfying(
                ConditionEscalated.class, escalated -> assertThat(escalated.evidence().ruleId()).isEqualTo("temp-high"));
        assertThat(shared.hold(15, 40, 5, VIBRATION_VELOCITY, 1.0)).as("the temperature rule is still active").isEmpty();
        assertThat(shared.hold(30, 40, 5, BEARING_TEMPERATURE, 60)).singleElement().isInstanceOf(ConditionCleared.class);
    }

    @Test
    void appliesRulesOnlyToTheAssetsTheyAreFor() {
        String pumpsOnly = ThresholdDetectionTest.TEMPERATURE_RULES + "    appliesTo: { assetClass: [PUMP] }\n";
        Feed motor = Feed.of(pumpsOnly, Feed.motor(MachineGroup.GROUP_2, SupportType.RIGID));
        Feed pump = Feed.of(pumpsOnly, Feed.asset("north-l1-pump-01", AssetClass.PUMP, MachineGroup.GROUP_2,
                SupportType.RIGID));

        assertThat(motor.hold(0, 60, 5, BEARING_TEMPERATURE, 99)).isEmpty();
        assertThat(pump.hold(0, 60, 5, BEARING_TEMPERATURE, 99)).hasSize(1);
    }

    @Test
    void rejectsASampleOfAnotherAsset() {
        Signal other = new Signal(AssetId.of("south-l2-fan-07"), BEARING_TEMPERATURE, 90, Feed.T0, Quality.GOOD);

        assertThatThrownBy(() -> feed.detector.onSignal(feed.state, other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("south-l2-fan-07");
    }

    @Test
    void rejectsTheStateOfAnotherDetector() {
        Detector other = new Detector(feed.detector.ruleSet());
        Signal signal = new Signal(feed.state.asset().id(), BEARING_TEMPERATURE, 90, Feed.T0, Quality.GOOD);

        assertThatThrownBy(() -> other.onSignal(feed.state, signal)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another detector");
    }

    @Test
    void reactsOnOneSampleWhenMinDurationIsZero() {
        Feed instant = Feed.of(ThresholdDetectionTest.TEMPERATURE_RULES.replace("PT20S", "PT0S"),
                Feed.motor(MachineGroup.GROUP_2, SupportType.RIGID));

        List<ConditionEvent> events = instant.at(0, BEARING_TEMPERATURE, 86);

        assertThat(events).singleElement().isInstanceOfSatisfying(ConditionRaised.class,
                raised -> assertThat(raised.evidence().summary()).endsWith("for 0 s"));
    }

    private static String kind(ConditionEvent event) {
        if (event instanceof ConditionRaised) {
            return "raised";
        }
        return event instanceof ConditionEscalated ? "escalated" : "cleared";
    }
}
