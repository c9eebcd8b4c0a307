package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Evidence;
import org.millwright.model.FailureMode;
import org.millwright.model.MachineGroup;
import org.millwright.model.Quality;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/** The condition-monitoring rule: baseline learning, EWMA, ISO 20816-3 guidance, forecast, features. */
class ConditionMonitoringTest {
    private static final SignalType V = SignalType.VIBRATION_VELOCITY;
    private static final FailureMode WEAR = FailureMode.of("bearing-wear");
    // group 2 flexible: A/B 2.3, B/C 4.5, C/D 7.1 mm/s
    private static final String RULES = """
            version: cm-1
            rules:
              - id: health
                kind: condition-monitoring
                signal: vibration
                failureMode: bearing-wear
                window: PT10M
                trendWindow: PT12H
                warmUp: PT6H
                minDuration: PT10M
                clearDuration: PT30M
            """;

    private final Feed feed = Feed.of(RULES, Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE));
    private final Random noise = new Random(42);

    /** Feeds one sample a minute from {@code fromMinute} for {@code minutes}, level(minute) plus ±0.05 noise. */
    private List<ConditionEvent> run(long fromMinute, long minutes, java.util.function.LongToDoubleFunction level) {
        List<ConditionEvent> caused = new ArrayList<>();
        for (long m = fromMinute; m < fromMinute + minutes; m++) {
            caused.addAll(feed.at(m * 60, V, level.applyAsDouble(m) + (noise.nextDouble() - 0.5) * 0.1));
        }
        return caused;
    }

    @Test
    void raisesNothingWhileLearningEvenInZoneD() {
        assertThat(run(0, 6 * 60 - 1, m -> 8.0)).isEmpty();
        assertThat(feed.state.features(V)).hasValueSatisfying(f -> assertThat(f.learned()).isFalse());
    }

    @Test
    void escalatesFromAdvisoryThroughWarningAndAlarmToTripOnADegradingBearing() {
        assertThat(run(0, 12 * 60, m -> 2.0)).as("healthy: learning, then steady").isEmpty();
        // degradation: +0.1 mm/s per hour from hour 12
        List<ConditionEvent> events = run(12 * 60, 60 * 60, m -> 2.0 + (m - 12 * 60) / 600.0);

        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isInstanceOfSatisfying(ConditionRaised.class, raised -> {
            assertThat(raised.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(raised.evidence().summary()).contains("EWMA").contains("baseline 2");
        });
        assertThat(events.subList(1, 4)).allSatisfy(e -> assertThat(e).isInstanceOf(ConditionEscalated.class));
        ConditionEscalated warning = (ConditionEscalated) events.get(1);
        ConditionEscalated alarm = (ConditionEscalated) events.get(2);
        ConditionEscalated trip = (ConditionEscalated) events.get(3);
        assertThat(warning.to()).isEqualTo(Severity.WARNING);
        assertThat(warning.evidence().summary()).startsWith("bearing-wear failure likely within 72 h")
                .contains("95 % band");
        assertThat(alarm.to()).isEqualTo(Severity.ALARM);
        assertThat(alarm.evidence().limit()).isCloseTo(2.0 + 0.25 * 4.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(trip.to()).isEqualTo(Severity.TRIP);
        assertThat(trip.evidence().limit()).isEqualTo(7.1);
        assertThat(trip.evidence().zone()).isEqualTo("D");
        assertThat(warning.at()).isBefore(alarm.at());
        assertThat(alarm.at()).as("the forecast warns well ahead of the trip")
                .isBefore(trip.at().minusSeconds(24 * 3600));
        assertThat(events).allSatisfy(e -> assertThat(e.ruleSetVersion()).isEqualTo("cm-1"));
    }

    @Test
    void exposesTheTimeToLimitForecastOfARisingTrendAndNoneWhileLearningOrSteady() {
        run(0, 6 * 60 - 1, m -> 2.0);
        assertThat(feed.state.forecast(V)).as("learning").isEmpty();
        run(6 * 60 - 1, 6 * 60 + 1, m -> 2.0);
        assertThat(feed.state.forecast(V)).as("steady").isEmpty();

        // +0.1 mm/s per hour from hour 12; after 13 h the 12 h trend window holds only the rise: at 3.3 mm/s,
        // C/D 7.1 is 38 hours away
        run(12 * 60, 13 * 60, m -> 2.0 + (m - 12 * 60) / 600.0);

        Forecast forecast = feed.state.forecast(V).orElseThrow();
        assertThat(forecast.ruleId()).isEqualTo("health");
        assertThat(forecast.signal()).isEqualTo(V);
        assertThat(forecast.from()).isEqualTo(Feed.T0.plusSeconds((25 * 60 - 1) * 60));
        assertThat(forecast.limit()).isEqualTo(7.1);
        assertThat(forecast.level()).isCloseTo(3.3, org.assertj.core.data.Offset.offset(0.05));
        assertThat(forecast.central().toMinutes()).isBetween(36 * 60L, 40 * 60L);
        assertThat(forecast.earliest()).isLessThan(forecast.central());
        assertThat(forecast.latest()).isGreaterThan(forecast.central());
    }

    @Test
    void aForecastFurtherOutThanElevenYearsIsCutAndTimesMustRise() {
        Forecast far = Forecast.ofHours("r", V, Feed.T0, 1, 7.1, 10, 1e9, Double.POSITIVE_INFINITY);

        assertThat(far.central()).isEqualTo(Forecast.LONGEST);
        assertThat(far.latest()).isEqualTo(Forecast.LONGEST);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Forecast.ofHours("r", V, Feed.T0, 1, 7.1, 5, 4, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must rise");
    }

    @Test
    void capsTheAlarmLimitAtOneAndAQuarterTimesBC() {
        run(0, 6 * 60 + 10, m -> 5.0); // a rough machine: baseline 5.0 in zone C
        List<ConditionEvent> events = run(6 * 60 + 10, 30, m -> 5.8);

        // a step: the 10-minute mean crosses the capped alarm limit before the slow EWMA leaves its control limit
        assertThat(events).extracting(ConditionMonitoringTest::severity).containsExactly(Severity.ALARM);
        Evidence evidence = ((ConditionRaised) events.get(0)).evidence();
        assertThat(evidence.limit()).isEqualTo(1.25 * 4.5);
        assertThat(evidence.summary()).contains("ISO 20816-3 alarm limit 5.63 mm/s");
    }

    @Test
    void clearsOnlyAfterTheClearDurationBackInsideTheHysteresis() {
        run(0, 7 * 60, m -> 2.0);
        assertThat(run(7 * 60, 60, m -> 3.5)).extracting(ConditionMonitoringTest::severity)
                .containsExactly(Severity.ALARM);

        List<ConditionEvent> back = run(8 * 60, 6 * 60, m -> 2.0);

        assertThat(back).singleElement().isInstanceOf(ConditionCleared.class);
        // the EWMA takes a while to come back inside the hysteresis, then the clear region must hold 30 min
        assertThat(back.get(0).at()).isAfter(Feed.T0.plusSeconds(8 * 3600 + 30 * 60));
        assertThat(feed.state.activeSeverity(WEAR)).isEmpty();
    }

    static Severity severity(ConditionEvent event) {
        return event instanceof ConditionRaised raised ? raised.severity() : ((ConditionEscalated) event).to();
    }

    @Test
    void excludesAndCountsBadQualityAndIdleSamples() {
        run(0, 60, m -> 2.0);
        feed.at(60 * 60, V, 9.0, Quality.BAD);
        feed.at(60 * 60 + 30, V, 0.0); // stopped
        feed.at(61 * 60, V, 2.0);

        Features features = feed.state.features(V).orElseThrow();
        assertThat(features.excludedNotGood()).isEqualTo(1);
        assertThat(features.excludedIdle()).isEqualTo(1);
        assertThat(features.peak()).isLessThan(2.1);
        assertThat(feed.state.ignoredNotGood(V)).isEqualTo(1);
        assertThat(features.samples()).isEqualTo(10);
        assertThat(features.mean()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(features.crestFactor()).isGreaterThan(1.0);
    }
}
