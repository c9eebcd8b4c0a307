package org.millwright.detect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark at small scale: the generator's ground truth, both detectors, and the JSON it writes. */
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
    void smallFleetRunScoresBothDetectorsAndWritesTheKeys(@TempDir Path dir) throws Exception {
        DetectionQualityBenchmark.Report report = DetectionQualityBenchmark.run(12, 45, 5);

        assertThat(report.monitoring().injectedFailures()).isEqualTo(report.threshold().injectedFailures())
                .isPositive();
        assertThat(report.monitoring().detected()).isLessThanOrEqualTo(report.monitoring().injectedFailures());
        assertThat(report.monitoring().healthyAssetDays()).isEqualTo(report.threshold().healthyAssetDays())
                .isGreaterThan(12 * 10);
        assertThat(report.monitoring().leadTimeP10H()).isLessThanOrEqualTo(report.monitoring().leadTimeMedianH());
        assertThat(report.samples()).isGreaterThan(12 * 10 * 144L);

        Path out = dir.resolve("detection-quality.json");
        DetectionQualityBenchmark.main(new String[] {"12", "45", "5", out.toString()});
        String json = Files.readString(out);
        for (String key : List.of("assets", "simulated_days", "injected_failures", "detected", "lead_time_median_h",
                "lead_time_p10_h", "false_per_1000_asset_days", "baseline_threshold")) {
            assertThat(json).contains("\"" + key + "\": ");
        }
        assertThat(json).contains("\"assets\": 12,").contains("\"simulated_days\": 45,");
    }
}
