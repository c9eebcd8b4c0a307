package org.millwright.edge.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.millwright.edge.config.FilterRule;
import org.millwright.edge.internal.buffer.EdgeSample;
import org.millwright.model.Quality;
import org.millwright.model.SignalType;

class SampleFilterTest {
    private static final String VIBRATION = "acme/north/assembly/line-1/north-l1-motor-01/vibration";
    private static final String OTHER_VIBRATION = "acme/north/assembly/line-1/north-l1-motor-02/vibration";
    private static final String CURRENT = "acme/north/assembly/line-1/north-l1-motor-01/current";
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void anAbsoluteDeadbandPassesOnlyValuesThatLeftTheBandAroundTheLastPassedOne() {
        SampleFilter filter = new SampleFilter(List.of(rule(absolute(0.5), Duration.ZERO, null)));

        List<Double> passed = run(filter, VIBRATION, 2.0, 2.3, 2.5, 2.51, 3.0, 3.2, 2.5, 2.49);

        // 2.5 is exactly 0.5 from 2.0 (not more); 2.51 left the band; 3.0 is 0.49 from 2.51; 2.49 is 0.01 from 2.5
        assertThat(passed).containsExactly(2.0, 2.51, 3.2, 2.5);
    }

    @Test
    void aPercentDeadbandScalesWithTheLastPassedValue() {
        SampleFilter filter = new SampleFilter(List.of(rule(percent(10), Duration.ZERO, null)));

        List<Double> passed = run(filter, VIBRATION, 100.0, 109.0, 111.0, 121.0, 123.0, 0.0, 0.0, 0.01);

        // band ±10 around 100, then ±11.1 around 111; from 0 any change leaves the band
        assertThat(passed).containsExactly(100.0, 111.0, 123.0, 0.0, 0.01);
    }

    @Test
    void downsamplingDropsSamplesCloserThanTheMinimumIntervalToTheLastPassedOne() {
        SampleFilter filter = new SampleFilter(List.of(rule(Optional.empty(), Duration.ofSeconds(5), null)));

        List<Integer> passedAt = new ArrayList<>();
        for (int second = 0; second < 20; second += 2) {
            if (filter.pass(sample(VIBRATION, second, second))) {
                passedAt.add(second);
            }
        }

        assertThat(passedAt).containsExactly(0, 6, 12, 18);
        assertThat(filter.filteredCount()).isEqualTo(6);
        assertThat(filter.passedCount()).isEqualTo(4);
    }

    @Test
    void aMaximumIntervalLetsAnUnchangedValueThroughAsAHeartbeat() {
        SampleFilter filter = new SampleFilter(List.of(rule(absolute(1), Duration.ZERO, Duration.ofSeconds(10))));

        List<Integer> passedAt = new ArrayList<>();
        for (int second = 0; second <= 25; second++) {
            if (filter.pass(sample(VIBRATION, 5.0, second))) {
                passedAt.add(second);
            }
        }

        assertThat(passedAt).containsExactly(0, 10, 20);
    }

    @Test
    void aQualityChangeAlwaysPassesAndOldSamplesNever() {
        SampleFilter filter = new SampleFilter(List.of(rule(absolute(10), Duration.ofSeconds(60), null)));

        assertThat(filter.pass(sample(VIBRATION, 5.0, 0))).isTrue();
        assertThat(filter.pass(new EdgeSample("s", VIBRATION, SignalType.VIBRATION_VELOCITY, 5.0, T0.plusSeconds(1),
                Quality.BAD))).isTrue();
        assertThat(filter.pass(sample(VIBRATION, 50.0, -5))).isFalse();
    }

    @Test
    void judgesEachTopicOnItsOwnAndLetsTopicsNoRuleMatchesThrough() {
        SampleFilter filter = new SampleFilter(List.of(
                new FilterRule("+/+/+/+/+/vibration", absolute(1), Duration.ZERO, Optional.empty())));

        assertThat(run(filter, VIBRATION, 1.0, 1.5)).containsExactly(1.0);
        assertThat(run(filter, OTHER_VIBRATION, 1.2, 1.4)).containsExactly(1.2);
        assertThat(run(filter, CURRENT, 10.0, 10.0, 10.0)).containsExactly(10.0, 10.0, 10.0);
    }

    @Test
    void theFirstMatchingRuleWins() {
        SampleFilter filter = new SampleFilter(List.of(
                new FilterRule("acme/north/#", absolute(100), Duration.ZERO, Optional.empty()),
                new FilterRule("+/+/+/+/+/vibration", Optional.empty(), Duration.ZERO, Optional.empty())));

        assertThat(run(filter, VIBRATION, 1.0, 2.0, 3.0)).containsExactly(1.0);
    }

    private static List<Double> run(SampleFilter filter, String topic, double... values) {
        List<Double> passed = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (filter.pass(sample(topic, values[i], i))) {
                passed.add(values[i]);
            }
        }
        return passed;
    }

    private static EdgeSample sample(String topic, double value, int second) {
        return new EdgeSample("edge/sim", topic, SignalType.VIBRATION_VELOCITY, value, T0.plusSeconds(second),
                Quality.GOOD);
    }

    private static FilterRule rule(Optional<FilterRule.Deadband> deadband, Duration min, Duration max) {
        return new FilterRule("#", deadband, min, Optional.ofNullable(max));
    }

    private static Optional<FilterRule.Deadband> absolute(double amount) {
        return Optional.of(new FilterRule.Deadband(amount, false));
    }

    private static Optional<FilterRule.Deadband> percent(double amount) {
        return Optional.of(new FilterRule.Deadband(amount, true));
    }
}
