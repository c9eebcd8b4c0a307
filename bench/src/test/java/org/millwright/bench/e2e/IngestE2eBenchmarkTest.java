package org.millwright.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of the end-to-end benchmark: it starts Mosquitto, drives both phases, loses nothing and reports. */
class IngestE2eBenchmarkTest {

    @Test
    void smallRunDetectsEverySampleAndWritesTheReport(@TempDir Path dir) throws Exception {
        requireMosquitto();
        Path out = dir.resolve("results/ingest-e2e.json");

        IngestE2eBenchmark.main(new String[] {"samples=3000", "warmup=500", "rounds=1", "publishers=2", "assets=4",
            "timeout=30", "out=" + out});

        String json = Files.readString(out);
        assertThat(json).contains("\"qos\": 1", "\"samples\": 3000", "\"lost\": 0", "\"nproc\"", "\"broker\"");
        assertThat(number(json, "hub_rate")).isPositive();
        assertThat(number(json, "bare_rate")).isPositive();
        assertThat(number(json, "ratio")).isCloseTo(number(json, "hub_rate") / number(json, "bare_rate"),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(number(json, "p50_ms")).isPositive().isLessThanOrEqualTo(number(json, "p99_ms"));
        assertThat(number(json, "hub_rss_mb")).isPositive();
    }

    @Test
    void unknownArgumentIsRejectedNamingIt() {
        assertThatThrownBy(() -> IngestE2eBenchmark.Settings.parse("sampels=10"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampels");
        assertThat(IngestE2eBenchmark.Settings.parse("samples=10", "publishers=3").publishers()).isEqualTo(3);
    }

    private static double number(String json, String key) {
        Matcher matcher = Pattern.compile("\"" + key + "\": (-?[0-9.]+)").matcher(json);
        assertThat(matcher.find()).as("key %s in %s", key, json).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private static void requireMosquitto() {
        if (Mosquitto.installed()) {
            return;
        }
        String message = "Mosquitto is not installed at " + Mosquitto.BINARY + " (Debian: apt-get install mosquitto)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + "; it is required when CI=true");
        }
        Assumptions.abort(message + "; skipping the end-to-end benchmark test");
    }
}
