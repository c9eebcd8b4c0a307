package org.millwright.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.millwright.model.FailureMode;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

/** The benchmark's fixture is what it claims: a healthy, noisy, steady-state stream the detector fully evaluates. */
class DetectBenchmarkTest {
    @Test
    void fullRuleSetIsWarmAndRaisesNothingOnTheHealthyStream() {
        DetectBenchmark bench = new DetectBenchmark();
        bench.rules = "full";
        bench.warmUp();
        long evaluatedBefore = bench.state().evaluated();

        bench.nextBatch();
        int events = bench.detect();

        assertThat(events).isZero();
        assertThat(bench.state().activeSeverity(FailureMode.of("bearing-wear"))).isEmpty();
        assertThat(bench.state().features(SignalType.VIBRATION_VELOCITY))
                .hasValueSatisfying(features -> assertThat(features.learned()).isTrue());
        assertThat(bench.state().ignoredOutOfOrder()).as("time stamps keep rising across batches").isZero();
        assertThat(bench.state().evaluated() - evaluatedBefore).as("all GOOD samples evaluated")
                .isGreaterThan(DetectBenchmark.BATCH * 99L / 100);
    }

    @Test
    void zonesAndThresholdsRuleSetRaisesNothingOnTheHealthyStream() {
        DetectBenchmark bench = new DetectBenchmark();
        bench.rules = "zones-thresholds";
        bench.warmUp();
        bench.nextBatch();

        assertThat(bench.detect()).isZero();
        assertThat(bench.state().features(SignalType.VIBRATION_VELOCITY)).isEmpty();
    }

    @Test
    void healthyStreamHasNoiseSpikesAndBadSamplesAndRisingTimeStamps() {
        HealthyMotor motor = new HealthyMotor(1 << 16, 42);
        Signal[] samples = new Signal[motor.period()];
        motor.fill(samples, 3);

        double[] vibration = Arrays.stream(samples).filter(s -> s.type() == SignalType.VIBRATION_VELOCITY)
                .mapToDouble(Signal::value).sorted().toArray();
        assertThat(vibration.length).isEqualTo(motor.period() * 3 / 4);
        assertThat(vibration[vibration.length / 2]).as("median mm/s").isBetween(1.5, 2.0);
        assertThat(vibration[vibration.length - 1]).as("largest spike").isGreaterThan(4.5);
        assertThat(Arrays.stream(samples).filter(s -> s.quality() == Quality.BAD).count()).isBetween(20L, 120L);
        assertThat(samples[1].observedAt()).isEqualTo(HealthyMotor.T0.plusMillis(4 * HealthyMotor.STEP_MILLIS));
        assertThat(motor.sample(motor.period()).value()).isEqualTo(motor.sample(0).value());
        assertThat(motor.sample(motor.period()).observedAt()).isAfter(motor.sample(0).observedAt());
    }

    @Test
    void unknownRuleSetNameIsRejectedWithTheChoices() {
        assertThatThrownBy(() -> DetectBenchmark.yaml("fast")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fast").hasMessageContaining("zones-thresholds or full");
    }
}
