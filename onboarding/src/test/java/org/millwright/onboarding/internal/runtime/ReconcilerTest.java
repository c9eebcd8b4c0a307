package org.millwright.onboarding.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.onboarding.PlantReload;
import org.millwright.onboarding.SourceState;
import org.millwright.onboarding.SourceStatus;
import org.millwright.onboarding.internal.config.PlantParser;
import org.millwright.onboarding.internal.config.SourceSpec;

/** The diffing of plant files against running sources; the sources here only record whether they were closed. */
class ReconcilerTest {
    @TempDir
    Path directory;

    private final List<RecordingRunner> runners = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Reconciler reconciler = new Reconciler((plant, source) -> {
        RecordingRunner runner = new RecordingRunner(source);
        runners.add(runner);
        return runner;
    }, Clock.systemUTC());

    @Test
    void startsEverySourceOfANewFile() throws IOException {
        write("north.yaml", plant("north", source("a", "A"), source("b", "B")));

        PlantReload reload = apply();

        assertThat(reload.started()).containsExactly("north/a", "north/b");
        assertThat(runners).hasSize(2).noneMatch(runner -> runner.closed);
    }

    @Test
    void restartsOnlyChangedSourcesAndStopsRemovedOnes() throws IOException {
        write("north.yaml", plant("north", source("a", "A"), source("b", "B"), source("c", "C")));
        apply();
        RecordingRunner a = runners.get(0);
        RecordingRunner b = runners.get(1);
        RecordingRunner c = runners.get(2);

        write("north.yaml", plant("north", source("a", "A"), source("b", "B2"), source("d", "D")));
        PlantReload reload = apply();

        assertThat(reload.unchanged()).containsExactly("north/a");
        assertThat(reload.started()).containsExactly("north/b", "north/d");
        assertThat(reload.stopped()).containsExactlyInAnyOrder("north/b", "north/c");
        assertThat(a.closed).isFalse();
        assertThat(b.closed).isTrue();
        assertThat(c.closed).isTrue();
        assertThat(sourcesOf("north")).containsExactly("a", "b", "d");
    }

    @Test
    void keepsThePreviousConfigurationWhileTheFileIsBroken() throws IOException {
        write("north.yaml", plant("north", source("a", "A")));
        apply();

        write("north.yaml", plant("north", source("a", "A")).replace("signal: vibration", "signal: vibrations"));
        PlantReload reload = apply();

        assertThat(reload.rejected()).containsOnlyKeys("north.yaml");
        assertThat(reload.rejected().get("north.yaml")).startsWith("north.yaml line 11: unknown signal 'vibrations'");
        assertThat(runners).singleElement().satisfies(runner -> assertThat(runner.closed).isFalse());
        assertThat(reconciler.status()).singleElement().satisfies(plant -> {
            assertThat(plant.plantId()).contains("north");
            assertThat(plant.sources()).extracting(SourceStatus::sourceId).containsExactly("a");
            assertThat(plant.error()).hasValueSatisfying(error -> assertThat(error).contains("line 11"));
        });

        write("north.yaml", plant("north", source("a", "A")));
        assertThat(apply().unchanged()).containsExactly("north/a");
        assertThat(reconciler.status()).singleElement().satisfies(plant -> assertThat(plant.error()).isEmpty());
    }

    @Test
    void showsAFileThatNeverLoadedWithItsError() throws IOException {
        write("broken.yaml", "id: broken\n");

        apply();

        assertThat(reconciler.status()).singleElement().satisfies(plant -> {
            assertThat(plant.file()).isEqualTo("broken.yaml");
            assertThat(plant.plantId()).isEmpty();
            assertThat(plant.error()).contains("broken.yaml line 1: missing required key 'name' in the plant");
        });
    }

    @Test
    void stopsEverySourceOfADeletedFile() throws IOException {
        write("north.yaml", plant("north", source("a", "A")));
        apply();

        Files.delete(directory.resolve("north.yaml"));
        PlantReload reload = apply();

        assertThat(reload.stopped()).containsExactly("north/a");
        assertThat(runners.get(0).closed).isTrue();
        assertThat(reconciler.status()).isEmpty();
    }

    @Test
    void refusesASecondFileForTheSamePlant() throws IOException {
        write("a.yaml", plant("north", source("a", "A")));
        write("b.yaml", plant("north", source("b", "B")));

        PlantReload reload = apply();

        assertThat(reload.rejected().get("b.yaml")).isEqualTo("b.yaml line 1: plant id 'north' is already declared by"
                + " a.yaml; each plant has one file");
        assertThat(runners).hasSize(1);
    }

    @Test
    void leavesAnUnchangedFileAlone() throws IOException {
        write("north.yaml", plant("north", source("a", "A")));
        apply();

        PlantReload reload = apply();

        assertThat(reload.started()).isEmpty();
        assertThat(reload.unchanged()).isEmpty();
        assertThat(runners).hasSize(1);
    }

    @Test
    void aRotatedSecretTakesEffectWhenEveryFileIsReadAgainAndRestartsOnlyItsSource() throws IOException {
        environment.put("NORTH_MQTT_PASSWORD", "old");
        write("north.yaml", plant("north", source("a", "A") + "    broker: {host: 127.0.0.1, port: 1883, username: hub,"
                + " password: {env: NORTH_MQTT_PASSWORD}}\n", source("b", "B")));
        apply();
        environment.put("NORTH_MQTT_PASSWORD", "new");

        assertThat(apply().started()).as("the file did not change: not read again").isEmpty();
        PlantReload reload = apply(true);

        assertThat(reload.started()).containsExactly("north/a");
        assertThat(reload.unchanged()).containsExactly("north/b");
        assertThat(runners.get(0).closed).isTrue();
        assertThat(runners.get(1).closed).isFalse();
    }

    private PlantReload apply() throws IOException {
        return apply(false);
    }

    private PlantReload apply(boolean everyFile) throws IOException {
        return reconciler.apply(PlantFile.list(directory), file -> PlantParser.parse(file.text().orElseThrow(),
                file.name(), directory, name -> Optional.ofNullable(environment.get(name))), everyFile);
    }

    private List<String> sourcesOf(String plant) {
        return reconciler.status().stream().filter(status -> status.plantId().equals(Optional.of(plant)))
                .flatMap(status -> status.sources().stream()).map(SourceStatus::sourceId).toList();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(directory.resolve(name), text);
    }

    private static String plant(String id, String... sources) {
        return "id: " + id + "\nname: Plant " + id + "\nsite: acme/" + id + "\nsources:\n" + String.join("", sources);
    }

    /** An MQTT JSON source whose single tag's point is {@code point}; source lines 5 to 11 for the first one. */
    private static String source(String id, String point) {
        return "  - id: " + id + "\n    kind: mqtt-json\n    topic: t/{point}\n    tags:\n      - match: {point: " + point
                + "}\n        asset: north-l1-motor-0" + (point.charAt(0) - 'A' + 1) + "\n        signal: vibration\n";
    }

    private static final class RecordingRunner implements SourceRunner {
        private final SourceSpec spec;
        private volatile boolean closed;

        RecordingRunner(SourceSpec spec) {
            this.spec = spec;
        }

        @Override
        public SourceSpec spec() {
            return spec;
        }

        @Override
        public SourceStatus status() {
            return new SourceStatus(spec.id(), spec.kind(), "test", closed ? SourceState.STOPPED : SourceState.CONNECTED,
                    Optional.empty(), Instant.EPOCH, Instant.EPOCH, 0, 0, 0, Optional.empty());
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
