package org.millwright.detect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.millwright.detect.AssetState;
import org.millwright.detect.Detector;
import org.millwright.detect.RuleSet;
import org.millwright.detect.RuleSetLoader;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

/**
 * Runs the condition-monitoring rules and a plain fixed threshold over the same synthetic fleet (see
 * {@link FleetGenerator}) in simulated time and writes the figures as JSON. From the repository root:
 * <pre>
 * ./mvnw -o -q -pl detect test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/detect/target/cp.txt
 * java -cp detect/target/classes:detect/target/test-classes:$(cat detect/target/cp.txt) \
 *   org.millwright.detect.bench.DetectionQualityBenchmark [assets days seed output]
 * </pre>
 * Arguments: assets (200), simulated days (90), seed (1), output (bench/results/detection-quality.json).
 */
public final class DetectionQualityBenchmark {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Condition monitoring, tuned for one broadband sample every 10 minutes. */
    static final String MONITORING_RULES = """
            version: bench-monitoring-1
            maxGap: PT2H
            coolDown: PT24H
            rules:
              - id: bearing-health
                kind: condition-monitoring
                signal: vibration
                failureMode: bearing-wear
                window: PT2H
                trendWindow: PT72H
                warmUp: P14D
                minDuration: PT2H
                clearDuration: PT12H
            """;

    /** The plain fixed threshold: the ISO 20816-3 B/C boundary of the asset's group, held 30 minutes. */
    static final String THRESHOLD_RULES = """
            version: bench-threshold-1
            maxGap: PT2H
            coolDown: PT24H
            rules:
              - id: fixed-threshold
                kind: iso20816-zone
                signal: vibration
                failureMode: bearing-wear
                raiseAt: C
                minDuration: PT30M
                clearDuration: PT12H
            """;

    private DetectionQualityBenchmark() {
    }

    /** The figures of both detectors over one fleet. */
    record Report(int assets, int days, long seed, long samples, QualityMetrics.Figures monitoring,
                  QualityMetrics.Figures threshold, long elapsedMillis) {
        String json() {
            return "{\n"
                    + "  \"assets\": " + assets + ",\n"
                    + "  \"simulated_days\": " + days + ",\n"
                    + monitoring.json("  ") + ",\n"
                    + "  \"baseline_threshold\": {\n" + threshold.json("    ") + "\n  },\n"
                    + "  \"seed\": " + seed + ",\n"
                    + "  \"samples\": " + samples + ",\n"
                    + "  \"sample_interval_s\": " + FleetGenerator.STEP_SECONDS + ",\n"
                    + "  \"rule_set\": \"bench-monitoring-1\",\n"
                    + "  \"baseline_rule_set\": \"bench-threshold-1\",\n"
                    + "  \"elapsed_ms\": " + elapsedMillis + "\n"
                    + "}\n";
        }
    }

    static Report run(int assets, int days, long seed) {
        long started = System.nanoTime();
        List<SyntheticAsset> fleet = new FleetGenerator(seed, 0.4).fleet(assets, days);
        Detector monitoring = new Detector(RuleSetLoader.load(MONITORING_RULES, "bench-monitoring"));
        Detector threshold = new Detector(RuleSetLoader.load(THRESHOLD_RULES, "bench-threshold"));
        QualityMetrics monitoringMetrics = new QualityMetrics();
        QualityMetrics thresholdMetrics = new QualityMetrics();
        long samples = 0;
        for (SyntheticAsset asset : fleet) {
            score(monitoring, asset, monitoringMetrics);
            score(threshold, asset, thresholdMetrics);
            samples += asset.seconds().length;
        }
        return new Report(assets, days, seed, samples, monitoringMetrics.figures(), thresholdMetrics.figures(),
                (System.nanoTime() - started) / 1_000_000);
    }

    static void score(Detector detector, SyntheticAsset asset, QualityMetrics metrics) {
        metrics.add(asset.onsetSecond(), asset.failureSecond(), asset.healthySeconds(), alerts(detector, asset));
    }

    static List<QualityMetrics.Alert> alerts(Detector detector, SyntheticAsset asset) {
        AssetState state = detector.newState(asset.asset());
        List<QualityMetrics.Alert> alerts = new ArrayList<>();
        long[] seconds = asset.seconds();
        for (int i = 0; i < seconds.length; i++) {
            Signal signal = new Signal(asset.asset().id(), SignalType.VIBRATION_VELOCITY, asset.values()[i],
                    T0.plusSeconds(seconds[i]), asset.bad()[i] ? Quality.BAD : Quality.GOOD);
            for (ConditionEvent event : detector.onSignal(state, signal)) {
                long at = event.at().getEpochSecond() - T0.getEpochSecond();
                if (event instanceof ConditionRaised) {
                    alerts.add(new QualityMetrics.Alert(at, true));
                } else if (event instanceof ConditionEscalated) {
                    alerts.add(new QualityMetrics.Alert(at, false));
                }
            }
        }
        return alerts;
    }

    public static void main(String[] args) throws IOException {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path out = Path.of(args.length > 3 ? args[3] : "bench/results/detection-quality.json");
        Report report = run(assets, days, seed);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.json(), StandardCharsets.UTF_8);
        System.out.print(report.json());
        System.out.println("written to " + out.toAbsolutePath());
    }

    /** For tests: the rule set the benchmark evaluates. */
    static RuleSet monitoringRules() {
        return RuleSetLoader.load(MONITORING_RULES, "bench-monitoring");
    }
}
