package org.millwright.bench.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.millwright.detect.BacktestResult;
import org.millwright.detect.RuleSet;
import org.millwright.detect.RuleSetLoader;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.FailureMode;
import org.millwright.simulator.Degradation;
import org.millwright.simulator.GroundTruth;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.RecordedTruth;
import org.millwright.simulator.SimAsset;

/**
 * Detection quality on the simulator's fleet: generates a plant ({@link QualityScenario}), records it in the
 * simulator's realistic mode and backtests the recording with detect's shipped rule set for periodic sampling
 * ({@link RuleSetLoader#loadPeriodic()}) and with plain fixed thresholds ({@link #thresholdRules}: the baseline and
 * other confirmation counts beside it), then scores them against the recording's ground truth
 * ({@link QualityMetrics}) and writes the figures as JSON. From the repository root:
 * <pre>
 * ./mvnw -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/millwright-bench.jar org.millwright.bench.quality.DetectionQualityBenchmark [key=value ...]
 * </pre>
 */
public final class DetectionQualityBenchmark {
    private DetectionQualityBenchmark() {
    }

    /**
     * The plain fixed thresholds, one rule per confirmation count in one rule set (read once, scored apart): an ISO
     * 20816-3 zone rule raising when {@code n} consecutive samples ({@code interval} apart) are at or above the B/C
     * boundary of the asset's group and support, and clearing when they stay below it for 12 h; no baseline,
     * smoothing or spike filter. Each has its own failure mode ({@link #thresholdMode}) so that their episodes stay
     * apart. The rule-set level (max gap, cool-down) is the periodic rule set's, so all count episodes the same way.
     */
    static RuleSet thresholdRules(List<Integer> confirms, Duration interval, RuleSet periodic) {
        StringBuilder yaml = new StringBuilder("version: bench-threshold\nmaxGap: " + periodic.maxGap()
                + "\ncoolDown: " + periodic.coolDown() + "\nrules:\n");
        for (int n : confirms) {
            yaml.append("""
                      - id: fixed-threshold-%d
                        kind: iso20816-zone
                        signal: vibration
                        failureMode: %s
                        raiseAt: C
                        minDuration: %s
                        clearDuration: PT12H
                    """.formatted(n, thresholdMode(n), interval.multipliedBy(n - 1L)));
        }
        return RuleSetLoader.load(yaml.toString(), "bench-threshold");
    }

    /** The failure mode of the fixed threshold confirmed by {@code n} samples. */
    static FailureMode thresholdMode(int n) {
        return FailureMode.of("threshold-" + n);
    }

    /** The figures of one run; {@code truth} is the recording's ground truth. */
    record Report(QualityScenario scenario, RecordedTruth truth, long samples, String monitoringVersion,
                  QualityMetrics.Figures monitoring, QualityMetrics.Figures threshold,
                  Map<Integer, QualityMetrics.Figures> variants, long elapsedMillis) {
        private static String threshold(String key, int confirm, QualityMetrics.Figures figures) {
            return "  \"" + key + "\": {\n"
                    + "    \"rule\": \"value >= ISO 20816-3 B/C boundary on "
                    + (confirm == 1 ? "1 sample" : confirm + " consecutive samples") + "\",\n"
                    + "    \"confirm_samples\": " + confirm + ",\n"
                    + figures.json("    ") + "\n  },\n";
        }

        /** The other confirmation counts, e.g. {@code baseline_threshold_3_samples}. */
        private String variantsJson() {
            StringBuilder json = new StringBuilder();
            variants.forEach((n, figures) -> json.append(threshold("baseline_threshold_" + n
                    + (n == 1 ? "_sample" : "_samples"), n, figures)));
            return json.toString();
        }

        /** Per injected failure: asset, onset and P–F interval, and the lead time of each rule set. */
        private String failures() {
            StringBuilder json = new StringBuilder("[");
            for (GroundTruth failure : truth.failures()) {
                String asset = failure.asset().value();
                json.append(json.length() > 1 ? "," : "").append(String.format(Locale.ROOT,
                        "%n    {\"asset\": \"%s\", \"onset_day\": %s, \"pf_interval_h\": %s, \"lead_time_h\": %s, "
                                + "\"baseline_lead_time_h\": %s}", asset,
                        QualityMetrics.number(failure.onset().toSeconds() / 86400.0),
                        QualityMetrics.number(failure.functionalFailure().minus(failure.onset()).toSeconds() / 3600.0),
                        QualityMetrics.number(monitoring.leadHoursByAsset().getOrDefault(asset, Double.NaN)),
                        QualityMetrics.number(threshold.leadHoursByAsset().getOrDefault(asset, Double.NaN))));
            }
            return json.append(truth.failures().isEmpty() ? "]" : "\n  ]").toString();
        }

        String json() {
            return "{\n"
                    + "  \"assets\": " + scenario.fleet().assets() + ",\n"
                    + "  \"simulated_days\": " + scenario.days() + ",\n"
                    + monitoring.json("  ") + ",\n"
                    + "  \"rule_set\": \"" + monitoringVersion + "\",\n"
                    + threshold("baseline_threshold", scenario.confirmSamples(), threshold)
                    + variantsJson()
                    + "  \"seed\": " + scenario.fleet().seed() + ",\n"
                    + "  \"degrading_share\": " + QualityMetrics.number(scenario.fleet().degradingShare()) + ",\n"
                    + "  \"earliest_onset_days\": " + scenario.fleet().earliestOnset().toDays() + ",\n"
                    + "  \"degradation_days\": [" + scenario.fleet().shortestDegradation().toDays() + ", "
                    + scenario.fleet().longestDegradation().toDays() + "],\n"
                    + "  \"sample_interval_s\": " + scenario.interval().toSeconds() + ",\n"
                    + "  \"samples\": " + samples + ",\n"
                    + "  \"elapsed_ms\": " + elapsedMillis + ",\n"
                    + "  \"failures\": " + failures() + ",\n"
                    + "  \"machine\": \"" + machine() + "\"\n"
                    + "}\n";
        }
    }

    /** e.g. "2 x AMD EPYC 7B13, OpenJDK 64-Bit Server VM 17.0.15". */
    static String machine() {
        String cpu = "unknown cpu";
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the processor count and the JVM still say something
        }
        return (Runtime.getRuntime().availableProcessors() + " x " + cpu + ", " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version")).replace('"', '\'');
    }

    static Report run(QualityScenario scenario) {
        long started = System.nanoTime();
        PlantDefinition plant = scenario.plant();
        RuleSet monitoring = scenario.monitoringRules();
        List<Integer> confirms = new ArrayList<>();
        confirms.add(scenario.confirmSamples());
        scenario.alsoConfirm().stream().filter(n -> !confirms.contains(n)).forEach(confirms::add);
        RuleSet thresholds = thresholdRules(confirms, scenario.interval(), monitoring);
        FleetBacktest.Outcome outcome = FleetBacktest.run(plant, scenario.recording(), List.of(monitoring, thresholds));
        RecordedTruth truth = outcome.recording().truth();
        Map<Integer, QualityMetrics.Figures> variants = new TreeMap<>();
        for (int n : confirms.subList(1, confirms.size())) {
            variants.put(n, score(plant, truth, outcome.results().get(1), thresholdMode(n)));
        }
        return new Report(scenario, truth, outcome.recording().samples(), monitoring.version(),
                score(plant, truth, outcome.results().get(0), Degradation.BEARING_WEAR),
                score(plant, truth, outcome.results().get(1), thresholdMode(scenario.confirmSamples())), variants,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Scores a backtest's alerts of one failure mode per asset against the ground truth. */
    static QualityMetrics.Figures score(PlantDefinition plant, RecordedTruth truth, BacktestResult result,
                                        FailureMode failureMode) {
        Map<AssetId, List<QualityMetrics.Alert>> alerts = new HashMap<>();
        long start = truth.start().getEpochSecond();
        for (ConditionEvent event : result.events()) {
            if (!event.failureMode().equals(failureMode)) {
                continue;
            }
            boolean raised = event instanceof ConditionRaised;
            if (raised || event instanceof ConditionEscalated) {
                alerts.computeIfAbsent(event.asset(), id -> new ArrayList<>())
                        .add(new QualityMetrics.Alert(event.at().getEpochSecond() - start, raised));
            }
        }
        Map<AssetId, GroundTruth> failures = new HashMap<>();
        truth.failures().forEach(failure -> failures.put(failure.asset(), failure));
        long recorded = truth.end().getEpochSecond() - start;
        QualityMetrics metrics = new QualityMetrics();
        for (SimAsset asset : plant.assets()) {
            GroundTruth failure = failures.get(asset.id());
            OptionalLong onset = failure == null ? OptionalLong.empty() : OptionalLong.of(failure.onset().toSeconds());
            OptionalLong end = failure == null ? OptionalLong.empty()
                    : OptionalLong.of(failure.functionalFailure().toSeconds());
            metrics.add(asset.id().value(), onset, end, onset.orElse(recorded),
                    alerts.getOrDefault(asset.id(), List.of()));
        }
        return metrics.figures();
    }

    /** Runs it and writes the JSON; arguments as {@link QualityScenario#parse}. */
    public static void main(String[] args) throws IOException {
        QualityScenario scenario = QualityScenario.parse(args);
        System.out.println("detection quality: " + scenario.describe() + " (started " + Instant.now() + ")");
        Report report = run(scenario);
        Path out = Path.of(scenario.out());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.json(), StandardCharsets.UTF_8);
        System.out.print(report.json());
        System.out.printf(Locale.ROOT, "written to %s in %.1f s%n", out.toAbsolutePath(), report.elapsedMillis() / 1000.0);
    }
}
