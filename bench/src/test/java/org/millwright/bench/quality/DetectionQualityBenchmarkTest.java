package org.millwright.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.detect.Backtest;
import org.millwright.detect.BacktestResult;
import org.millwright.detect.RuleSet;
import org.millwright.detect.RuleSetLoader;
import org.millwright.model.Asset;
import org.millwright.model.ConditionRaised;
import org.millwright.model.FailureMode;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.simulator.FleetGenerator;
import org.millwright.simulator.FleetSpec;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantRecorder;

/** The benchmark's machinery at small scale (the 200-asset, 90-day run is a command, see bench/README.md). */
class DetectionQualityBenchmarkTest {
    private static final String[] SMALL = {"assets=20", "days=30", "interval=PT10M", "share=0.5", "onset=P8D",
        "shortest=P2D", "longest=P12D", "seed=3"};

    @Test
    void smallFleetRunScoresBothRuleSetsOnTheSimulatorsRecordingAndWritesTheKeys(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("quality.json");
        String[] args = java.util.Arrays.copyOf(SMALL, SMALL.length + 1);
        args[SMALL.length] = "out=" + out;

        DetectionQualityBenchmark.main(args);

        String json = Files.readString(out);
        for (String key : List.of("assets", "simulated_days", "injected_failures", "detected", "lead_time_median_h",
                "lead_time_p10_h", "false_per_1000_asset_days", "baseline_threshold", "confirm_samples", "failures",
                "samples", "elapsed_ms", "machine")) {
            assertThat(json).contains("\"" + key + "\": ");
        }
        assertThat(json).contains("\"assets\": 20,", "\"simulated_days\": 30,", "\"injected_failures\": 10,",
                "\"confirm_samples\": 2,", "\"sample_interval_s\": 600,", "\"rule_set\": \"2026-11-26.periodic",
                "\"baseline_threshold_1_sample\": {", "\"baseline_threshold_3_samples\": {",
                "\"baseline_threshold_12_samples\": {");
        // 20 assets x 30 days x 144 instants x 5 signals, less the drop-outs
        long samples = Long.parseLong(json.replaceAll("(?s).*\"samples\": (\\d+),.*", "$1"));
        assertThat(samples).isBetween(20 * 30 * 144 * 5 * 95 / 100L, 20 * 30 * 144 * 5L);
    }

    @Test
    void scoringCountsInjectedFailuresHealthyDaysAndEveryFailureOnce() {
        QualityScenario scenario = QualityScenario.parse(SMALL);

        DetectionQualityBenchmark.Report report = DetectionQualityBenchmark.run(scenario);

        QualityMetrics.Figures monitoring = report.monitoring();
        assertThat(monitoring.injectedFailures()).isEqualTo(report.threshold().injectedFailures()).isEqualTo(10);
        assertThat(monitoring.detected() + monitoring.missed().size()).isEqualTo(10);
        assertThat(monitoring.leadHoursByAsset()).hasSize(10);
        assertThat(monitoring.healthyAssetDays()).isEqualTo(report.threshold().healthyAssetDays())
                .isGreaterThan(10 * 30 + 10 * 8).isLessThan(20 * 30);
        assertThat(monitoring.leadTimeP10H()).isLessThanOrEqualTo(monitoring.leadTimeMedianH());
        assertThat(report.truth().failures()).hasSize(10);
        assertThat(report.variants()).containsOnlyKeys(1, 3, 12);
        assertThat(report.variants().get(1).falseEpisodes()).as("a confirmation can only remove false episodes")
                .isGreaterThanOrEqualTo(report.threshold().falseEpisodes());
        assertThat(report.threshold().falseEpisodes()).isGreaterThanOrEqualTo(report.variants().get(3).falseEpisodes());
    }

    @Test
    void everyBacktestReadsTheWholeRecordingAsIfItWereAFile() {
        PlantDefinition plant = FleetGenerator.generate(new FleetSpec(4, 0.5, Duration.ofDays(20), Duration.ofDays(2),
                Duration.ofDays(1), Duration.ofDays(2), 1));
        QualityScenario scenario = QualityScenario.parse("assets=4", "days=20", "interval=PT30M", "onset=P2D",
                "shortest=P1D", "longest=P2D");
        RuleSet rules = RuleSetLoader.loadPeriodic();

        FleetBacktest.Outcome outcome = FleetBacktest.run(plant, scenario.recording(), List.of(rules, rules));
        StringWriter file = new StringWriter();
        PlantRecorder.record(plant, scenario.recording(), file);
        BacktestResult fromText = Backtest.run(rules, plant.assets().stream().map(a -> a.asset()).toList(),
                new java.io.StringReader(file.toString()), org.millwright.detect.RecordingFormat.CSV);

        assertThat(fromText.events()).as("the zone D safety net sees both failures").isNotEmpty();
        assertThat(outcome.results()).allSatisfy(result -> {
            assertThat(result.samples()).isEqualTo(outcome.recording().samples()).isEqualTo(fromText.samples());
            assertThat(result.skipped()).isZero();
            assertThat(result.events()).isEqualTo(fromText.events());
        });
    }

    @Test
    void thePlainThresholdRaisesOnTheNthConsecutiveSampleAtTheBCBoundary() {
        Asset motor = FleetGenerator.generate(FleetSpec.of(1, 90, 1)).assets().get(0).asset(); // group 2 rigid, B/C 2.8
        double[] values = {1.0, 2.8, 2.5, 3.6, 2.8, 2.9, 3.0};
        List<Signal> samples = new ArrayList<>();
        Instant t0 = Instant.parse("2026-01-05T00:00:00Z");
        for (int i = 0; i < values.length; i++) {
            samples.add(new Signal(motor.id(), SignalType.VIBRATION_VELOCITY, values[i], t0.plusSeconds(300L * i),
                    Quality.GOOD));
        }
        RuleSet thresholds = DetectionQualityBenchmark.thresholdRules(List.of(2, 1, 3), Duration.ofMinutes(5),
                RuleSetLoader.loadPeriodic());

        BacktestResult result = Backtest.run(thresholds, List.of(motor), samples);

        for (int confirm = 1; confirm <= 3; confirm++) {
            int expected = new int[] {1, 4, 5}[confirm - 1];
            FailureMode mode = DetectionQualityBenchmark.thresholdMode(confirm);
            assertThat(result.events()).as("confirm %d", confirm).filteredOn(e -> e.failureMode().equals(mode))
                    .singleElement().isInstanceOfSatisfying(ConditionRaised.class,
                            raised -> assertThat(raised.at()).isEqualTo(t0.plusSeconds(300L * expected)));
        }
    }

    @Test
    void thePipeGivesEveryReaderAllTheTextInOrder() throws Exception {
        ChunkPipe pipe = new ChunkPipe(2);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("line ").append(i).append('\n');
        }
        List<CompletableFuture<String>> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Reader reader = pipe.reader(i);
            readers.add(CompletableFuture.supplyAsync(() -> readAll(reader)));
        }
        try (Writer writer = pipe.writer()) {
            for (int i = 0; i < text.length(); i += 1000) {
                writer.write(text.substring(i, Math.min(text.length(), i + 1000)));
            }
        }

        for (CompletableFuture<String> reader : readers) {
            assertThat(reader.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(text.toString());
        }
    }

    @Test
    void aFailedReaderStopsTheWriterInsteadOfLeavingItWaiting() {
        ChunkPipe pipe = new ChunkPipe(1);
        pipe.reader(0); // never read: the queue fills up
        pipe.abort(new IllegalStateException("backtest failed"));
        String chunk = "x".repeat(ChunkPipe.CHUNK);

        assertThatThrownBy(() -> {
            try (Writer writer = pipe.writer()) {
                for (int i = 0; i < 100; i++) {
                    writer.write(chunk);
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("backtest failed");
    }

    @Test
    void badArgumentsAreRejectedNamingThem() {
        assertThatThrownBy(() -> QualityScenario.parse("asset=200")).hasMessageContaining("'asset=200'")
                .hasMessageContaining("assets");
        assertThatThrownBy(() -> QualityScenario.parse("days=ninety")).hasMessageContaining("days=ninety");
        assertThatThrownBy(() -> QualityScenario.parse("interval=PT2H")).hasMessageContaining("at most PT1H");
    }

    private static String readAll(Reader reader) {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[4096];
        try {
            for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
                all.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all.toString();
    }
}
