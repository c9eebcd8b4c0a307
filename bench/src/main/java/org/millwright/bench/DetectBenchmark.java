package org.millwright.bench;

import java.util.concurrent.TimeUnit;
import org.millwright.detect.AssetState;
import org.millwright.detect.Detector;
import org.millwright.detect.RuleSetLoader;
import org.millwright.model.Signal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Samples per second through {@link Detector#onSignal} for one asset on one thread, in steady state (windows full,
 * baseline learned). One operation is one sample: each invocation feeds a batch of {@value #BATCH} pre-built
 * {@link Signal}s. The batch is rebuilt with later time stamps before each invocation (outside the timed part, but
 * inside the iteration, so JMH's gc profiler counts it); {@link #fixtureOnly} does only that rebuilding, so the
 * detector's own allocation per sample is {@code gc.alloc.rate.norm(detect) - gc.alloc.rate.norm(fixtureOnly)}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DetectBenchmark {
    /** Samples per invocation. */
    public static final int BATCH = 100_000;

    /** ISO 20816-3 zone rule and a bearing-temperature threshold, as in the default rules. */
    public static final String ZONES_AND_THRESHOLDS = """
            version: bench-zones-thresholds
            maxGap: PT60S
            coolDown: PT10M
            rules:
              - id: bearing-vibration-zone
                kind: iso20816-zone
                signal: vibration
                failureMode: bearing-wear
                raiseAt: C
                escalateAt: D
                clearBelow: B
                minDuration: PT10S
                clearDuration: PT30S
              - id: bearing-temperature-high
                kind: threshold
                signal: bearing-temperature
                failureMode: bearing-wear
                above: 85
                escalateAbove: 95
                hysteresis: 5
                minDuration: PT20S
                clearDuration: PT60S
            """;

    /** Every rule kind: the above plus condition monitoring (features, baseline, EWMA, trend and forecast). */
    public static final String FULL = ZONES_AND_THRESHOLDS.replace("bench-zones-thresholds", "bench-full") + """
              - id: bearing-vibration-health
                kind: condition-monitoring
                signal: vibration
                failureMode: bearing-wear
                window: PT1M
                trendWindow: PT24H
                maxSamples: 1024
                warmUp: PT1H
            """;

    /** Which rule set the detector runs. */
    @Param({"zones-thresholds", "full"})
    public String rules;

    private HealthyMotor motor;
    private Detector detector;
    private AssetState state;
    private Signal[] batch;
    private long next;

    /** Builds the detector and feeds two hours of samples, so the baseline is learned and the windows are full. */
    @Setup(Level.Trial)
    public void warmUp() {
        motor = new HealthyMotor(1 << 16, 42);
        detector = new Detector(RuleSetLoader.load(yaml(rules), rules + ".yaml"));
        state = detector.newState(motor.asset());
        batch = new Signal[BATCH];
        long warmUpSamples = 2 * 3600 * 1000 / HealthyMotor.STEP_MILLIS;
        while (next < warmUpSamples) {
            nextBatch();
            feed();
        }
    }

    /** The next batch, time stamps continuing where the last one stopped. */
    @Setup(Level.Invocation)
    public void nextBatch() {
        motor.fill(batch, next);
        next += BATCH;
    }

    /** The hot path: one batch of samples through the detector; the result is the number of events. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int detect() {
        return feed();
    }

    /** The fixture's own cost: the batch is rebuilt as for {@link #detect}, and nothing is detected. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int fixtureOnly() {
        return batch.length;
    }

    int feed() {
        int events = 0;
        for (Signal signal : batch) {
            events += detector.onSignal(state, signal).size();
        }
        return events;
    }

    AssetState state() {
        return state;
    }

    static String yaml(String rules) {
        return switch (rules) {
            case "zones-thresholds" -> ZONES_AND_THRESHOLDS;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("unknown rule set " + rules
                    + "; expected zones-thresholds or full");
        };
    }
}
