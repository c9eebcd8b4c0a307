package org.millwright.detect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.detect.Iso20816Zones;

/** The benchmark at small scale: the generator's ground truth, the plain threshold, and the JSON it writes. */
class DetectionQualityBenchmarkTest {
    @Test
    void theSameSeedGivesTheSameFleet() {
        SyntheticAsset first = new FleetGenerator(3, 0.5).asset(7, 30);
        SyntheticAsset again = new FleetGenerator(3, 0.5).asset(7, 30);
        SyntheticAsset other = new FleetGenerator(4, 0.5).asset(7, 30);

        assertThat(again.values()).containsExactly(first.values());
        assertThat(other.values()).isNotEqualTo(first.values());
    }

    @Test
    void degradedAssetsEndAtTheirFunctionalFailureAboveTheCDBoundary() {
        List<SyntheticAsset> fleet = new FleetGenerator(1, 1.0).fleet(6, 40);

        assertThat(fleet).allSatisfy(asset -> {
            long onset = asset.onsetSecond().orElseThrow();
            long failure = asset.failureSecond().orElseThrow();
            assertThat(onset).isGreaterThanOrEqualTo(10 * 86400L).isLessThan(failure);
            assertThat(asset.endSecond()).isEqualTo(failure);
            assertThat(asset.seconds()[asset.seconds().length - 1]).isLessThan(failure);
            assertThat(asset.healthySeconds()).isEqualTo(onset);
        });
    }

    @Test
    void plainThresholdRaisesOnTheSecondConsecutiveSampleAtTheBCBoundary() {
        SyntheticAsset quiet = new FleetGenerator(2, 0.0).asset(0, 1);
        double bc = Iso20816Zones.defaults().boundaries(quiet.asset().machineGroup(), quiet.asset().support()).bc();
        long[] seconds = {0, 600, 1200, 1800, 2400, 3000};
        double[] values = {0.5 * bc, bc, 0.9 * bc, 1.3 * bc, bc, bc};
        SyntheticAsset steps = new SyntheticAsset(quiet.asset(), seconds, values, new boolean[seconds.length],
                OptionalLong.empty(), OptionalLong.empty(), 3600);

        List<QualityMetrics.Alert> two = DetectionQualityBenchmark.alerts(
                DetectionQualityBenchmark.thresholdDetector(2), steps);
        List<QualityMetrics.Alert> one = DetectionQualityBenchmark.alerts(
                DetectionQualityBenchmark.thresholdDetector(1), steps);
        List<QualityMetrics.Alert> three = DetectionQualityBenchmark.alerts(
                DetectionQualityBenchmark.thresholdDetector(3), steps);

        assertThat(one).containsExactly(new QualityMetrics.Alert(600, true));
        assertThat(two).containsExactly(new QualityMetrics.Alert(2400, true));
        assertThat(three).containsExactly(new QualityMetrics.Alert(3000, true));
    }

    @Test
    void smallFleetRunScoresMonitoringAndEveryThresholdAndWritesTheKeys(@TempDir Path dir) throws Exception {
        DetectionQualityBenchmark.Report report = DetectionQualityBenchmark.run(12, 45, 5);

        assertThat(report.monitoring().injectedFailures()).isEqualTo(report.threshold().injectedFailures())
                .isPositive();
        assertThat(report.monitoring().detected()).isLessThanOrEqualTo(report.monitoring().injectedFailures());
        assertThat(report.monitoring().healthyAssetDays()).isEqualTo(report.threshold().healthyAssetDays())
                .isGreaterThan(12 * 10);
        assertThat(report.monitoring().leadTimeP10H()).isLessThanOrEqualTo(report.monitoring().leadTimeMedianH());
        assertThat(report.samples()).isGreaterThan(12 * 10 * 144L);
        assertThat(report.thresholdOneSample().falseEpisodes())
                .as("a confirmation can only remove false episodes")
                .isGreaterThanOrEqualTo(report.threshold().falseEpisodes())
                .isGreaterThanOrEqualTo(report.thresholdThreeSamples().falseEpisodes());

        Path out = dir.resolve("detection-quality.json");
        DetectionQualityBenchmark.main(new String[] {"12", "45", "5", out.toString()});
        String json = Files.readString(out);
        for (String key : List.of("assets", "simulated_days", "injected_failures", "detected", "lead_time_median_h",
                "lead_time_p10_h", "false_per_1000_asset_days", "baseline_threshold", "baseline_threshold_1_sample",
                "baseline_threshold_3_samples", "confirm_samples")) {
            assertThat(json).contains("\"" + key + "\": ");
        }
        assertThat(json).contains("\"assets\": 12,").contains("\"simulated_days\": 45,")
                .contains("\"confirm_samples\": 2,");
    }
}
