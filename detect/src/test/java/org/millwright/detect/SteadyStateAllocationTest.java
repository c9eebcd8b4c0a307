package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.millwright.model.Asset;
import org.millwright.model.MachineGroup;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/** The per-sample hot path with every rule kind active allocates nothing once the windows are full. */
class SteadyStateAllocationTest {
    private static final int WARM = 50_000;
    private static final int MEASURED = 100_000;

    @Test
    void allocatesNothingPerSampleInSteadyState() {
        Asset motor = Feed.motor(MachineGroup.GROUP_2, SupportType.FLEXIBLE);
        Detector detector = new Detector(RuleSetLoader.load("""
                version: alloc
                coolDown: PT10M
                rules:
                  - id: zone
                    kind: iso20816-zone
                    signal: vibration
                    failureMode: bearing-wear
                    raiseAt: C
                    escalateAt: D
                  - id: health
                    kind: condition-monitoring
                    signal: vibration
                    failureMode: bearing-wear
                    window: PT1M
                    trendWindow: PT30M
                    warmUp: PT10M
                  - id: hot
                    kind: threshold
                    signal: bearing-temperature
                    failureMode: bearing-wear
                    above: 85
                """, "alloc.yaml"));
        AssetState state = detector.newState(motor);
        Signal[] samples = new Signal[WARM + MEASURED];
        for (int i = 0; i < samples.length; i++) {
            boolean vibration = i % 4 != 0;
            samples[i] = new Signal(motor.id(), vibration ? SignalType.VIBRATION_VELOCITY : SignalType.BEARING_TEMPERATURE,
                    vibration ? 2.0 + 0.1 * Math.sin(i * 0.7) : 60 + Math.sin(i * 0.01), Feed.T0.plusSeconds(i),
                    i % 1000 == 7 ? Quality.BAD : Quality.GOOD);
        }
        int events = 0;
        for (int i = 0; i < WARM; i++) {
            events += detector.onSignal(state, samples[i]).size();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = WARM; i < samples.length; i++) {
            events += detector.onSignal(state, samples[i]).size();
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(events).as("a healthy machine raises nothing").isZero();
        assertThat(state.features(SignalType.VIBRATION_VELOCITY)).hasValueSatisfying(f -> assertThat(f.learned()).isTrue());
        assertThat(allocated / (double) MEASURED).as("bytes per sample").isLessThan(1.0);
    }
}
