package org.millwright.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.model.AssetId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlantRecorderTest {
    private static final PlantDefinition PLANT = PlantDefinitions.loadDefault();
    private static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesOneJsonLinePerSampleInTheBacktestShape() {
        StringWriter out = new StringWriter();
        PlantRecorder.RecordingSummary summary =
                PlantRecorder.record(PLANT, RecordingSpec.of(START, Duration.ofMinutes(1), Duration.ofSeconds(10)), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(summary.samples()).isEqualTo(6 * 40 * 5).isEqualTo(lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("topic").asString()).isEqualTo("acme/north/assembly/line-1/north-l1-motor-01/vibration");
        assertThat(first.path("payload").path("ts").asString()).isEqualTo("2026-05-01T00:00:00.000Z");
        assertThat(first.path("payload").path("value").asDouble()).isPositive();
        assertThat(first.path("payload").path("quality").asString()).isEqualTo("GOOD");
        JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
        assertThat(last.path("payload").path("ts").asString()).isEqualTo("2026-05-01T00:00:50.000Z");
        assertThat(last.path("payload").path("seq").asLong()).isEqualTo(6);
    }

    @Test
    void recordsTheScriptedDegradationInSimulatedTime() {
        StringWriter out = new StringWriter();
        PlantRecorder.record(PLANT, RecordingSpec.of(START, Duration.ofMinutes(3), Duration.ofSeconds(10)), out);

        double lastVibration = out.toString().lines()
                .filter(line -> line.contains("/north-l1-motor-01/vibration"))
                .reduce((a, b) -> b).map(line -> JSON.readTree(line).path("payload").path("value").asDouble())
                .orElseThrow();
        assertThat(lastVibration).isGreaterThan(4.5); // past the C/D boundary of a group 2 rigid motor
    }

    @Test
    void writesCsvWithTheBacktestHeader() {
        StringWriter out = new StringWriter();
        RecordingSpec spec = RecordingSpec.of(START, Duration.ofSeconds(20), Duration.ofSeconds(10))
                .withFormat(RecordingSpec.Format.CSV);
        PlantRecorder.record(PLANT, spec, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("ts,topic,value,quality");
        assertThat(lines.get(1)).matches(
                "2026-05-01T00:00:00\\.000Z,acme/north/assembly/line-1/north-l1-motor-01/vibration,[0-9.]+,GOOD");
        assertThat(lines).hasSize(1 + 2 * 40 * 5);
    }

    @Test
    void theSameSpecGivesTheSameRecording() {
        RecordingSpec spec = RecordingSpec.of(START, Duration.ofHours(3), Duration.ofMinutes(1)).withRealism(true);
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        PlantRecorder.record(PLANT, spec, first);
        PlantRecorder.record(PLANT, spec, second);
        assertThat(first.toString()).isEqualTo(second.toString());
    }

    @Test
    void writesTheGroundTruthBesideTheRecording(@TempDir Path dir) throws Exception {
        Path recording = dir.resolve("rec.jsonl");
        PlantRecorder.record(PLANT, RecordingSpec.of(START, Duration.ofMinutes(1), Duration.ofSeconds(30)), recording);

        Path truthFile = PlantRecorder.truthFile(recording);
        assertThat(truthFile).isEqualTo(dir.resolve("rec.truth.json")).exists();
        assertThat(Files.readString(truthFile)).contains("\"functionalFailure\" : \"2026-05-01T00:02:30Z\"");
        RecordedTruth truth = RecordedTruth.read(truthFile);
        assertThat(truth.start()).isEqualTo(START);
        assertThat(truth.end()).isEqualTo(START.plusSeconds(60));
        assertThat(truth.assets()).isEqualTo(40);
        assertThat(truth.failures()).containsExactly(new GroundTruth(AssetId.of("north-l1-motor-01"),
                Degradation.BEARING_WEAR, Duration.ofSeconds(30), Duration.ofSeconds(150)));
    }

    @Test
    void rejectsAnIntervalLongerThanTheDuration() {
        assertThatThrownBy(() -> RecordingSpec.of(START, Duration.ofMinutes(1), Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample interval must be positive and at most the duration");
    }

    @Test
    void rejectsAGroundTruthFileThatIsNotOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.truth.json"), "{\"nope\":1}");
        assertThatThrownBy(() -> RecordedTruth.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("'start' is missing");
    }
}
