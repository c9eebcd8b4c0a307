package org.millwright.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.embedded.BrokerConfig;
import org.millwright.embedded.EmbeddedBroker;
import org.millwright.model.SignalType;
import org.millwright.protocol.opcua.TestServer;

/**
 * A plant file changed while the hub runs is applied by touching only what changed: a source added starts, a source
 * removed stops, a source left as it was keeps its connection and counters. A broken file leaves the running
 * configuration alone and says what is wrong; a deleted file stops its plant.
 */
class PlantReloadIT {
    private static final Duration WAIT = PlantSourcesIT.WAIT;
    private static final String VIBRATION = "Line1/Motor1/Vibration";

    @TempDir
    static Path shared;
    static EmbeddedBroker broker;
    static TestServer opcua;

    @TempDir
    Path plants;
    private final TestHub hub = new TestHub(Clock.systemUTC());
    private PlantSources sources;

    @BeforeAll
    static void startServers() throws Exception {
        broker = EmbeddedBroker.start(BrokerConfig.defaults(shared.resolve("broker")).withPort(0));
        opcua = TestServer.start(PlantSourcesIT.freePort(), TestServer.Identity.create(), false, Optional.empty(),
                List.of(VIBRATION));
    }

    @AfterAll
    static void stopServers() throws Exception {
        opcua.close();
        broker.close();
    }

    @AfterEach
    void stop() {
        sources.close();
        hub.close();
    }

    @Test
    void appliesAChangedFileStartingAddedSourcesStoppingRemovedOnesAndLeavingTheRestConnected() throws Exception {
        write(plant(PLC, LINE_A));
        sources = start();
        await().atMost(WAIT).until(() -> connected("plc") && connected("line-a"));
        opcua.set(VIBRATION, 1.5, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> hub.handledValue(TestHub.MOTOR, SignalType.VIBRATION_VELOCITY, 1.5));
        SourceStatus plcBefore = source("plc").orElseThrow();

        write(plant(PLC, LINE_B));
        await().atMost(WAIT).until(() -> source("line-a").isEmpty() && source("line-b").isPresent()
                && connected("line-b"));

        SourceStatus plcAfter = source("plc").orElseThrow();
        assertThat(plcAfter.state()).isEqualTo(SourceState.CONNECTED);
        assertThat(plcAfter.startedAt()).isEqualTo(plcBefore.startedAt());
        assertThat(plcAfter.since()).as("not reconnected").isEqualTo(plcBefore.since());
        assertThat(plcAfter.handled()).as("counters kept").isGreaterThanOrEqualTo(plcBefore.handled()).isPositive();
        try (MqttPublisher device = new MqttPublisher(broker.port())) {
            device.publish("line-a/FAN/VIB", json(2.5));
            device.publish("line-b/FAN/VIB", json(3.5));
        }
        opcua.set(VIBRATION, 1.75, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> hub.handledValue(TestHub.FAN, SignalType.VIBRATION_VELOCITY, 3.5)
                && hub.handledValue(TestHub.MOTOR, SignalType.VIBRATION_VELOCITY, 1.75));
        assertThat(hub.handledValue(TestHub.FAN, SignalType.VIBRATION_VELOCITY, 2.5)).as("removed source stopped")
                .isFalse();
        assertThat(hub.deadLetters).isEmpty();
    }

    @Test
    void keepsThePreviousConfigurationWhileTheFileIsBrokenAndStopsThePlantWhenItIsDeleted() throws Exception {
        write(plant(PLC, LINE_A));
        sources = start();
        await().atMost(WAIT).until(() -> connected("plc") && connected("line-a"));
        SourceStatus plcBefore = source("plc").orElseThrow();

        write(plant(PLC, LINE_A).replace("signal: vibration\n", "signal: vibrato\n"));
        await().atMost(WAIT).until(() -> sources.status("north").flatMap(PlantStatus::error).isPresent());

        PlantStatus north = sources.status("north").orElseThrow();
        assertThat(north.error()).contains("north.yaml line 12: unknown signal 'vibrato' in node #1 of source 'plc';"
                + " known signals: vibration, bearing-temperature, current, running, fault-code");
        assertThat(north.sources()).extracting(SourceStatus::sourceId).containsExactly("plc", "line-a");
        assertThat(source("plc").orElseThrow().startedAt()).isEqualTo(plcBefore.startedAt());
        opcua.set(VIBRATION, 4.25, StatusCode.GOOD);
        try (MqttPublisher device = new MqttPublisher(broker.port())) {
            device.publish("line-a/FAN/VIB", json(0.5));
        }
        await().atMost(WAIT).until(() -> hub.handledValue(TestHub.MOTOR, SignalType.VIBRATION_VELOCITY, 4.25)
                && hub.handledValue(TestHub.FAN, SignalType.VIBRATION_VELOCITY, 0.5));

        Files.delete(plants.resolve("north.yaml"));
        await().atMost(WAIT).until(() -> sources.status().isEmpty());
        int handled = hub.handled.size();
        opcua.set(VIBRATION, 5.5, StatusCode.GOOD);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> hub.handled.size() == handled);
    }

    private static final String PLC = """
              - id: plc
                kind: opcua
                endpoint: %s
                publishingInterval: PT0.1S
                nodes:
                  - node: ns=2;s=Line1/Motor1/Vibration
                    asset: north-l1-motor-01
                    signal: vibration
            """;
    private static final String LINE_A = """
              - id: line-a
                kind: mqtt-json
                topic: line-a/{machine}/{point}
                tags:
                  - {match: {machine: FAN, point: VIB}, asset: north-l2-fan-01, signal: vibration}
            """;
    private static final String LINE_B = LINE_A.replace("line-a", "line-b");

    private String plant(String... sources) {
        return "id: north\nname: North plant\nsite: acme/north\nsources:\n"
                + String.join("", sources).formatted(opcua.endpointUrl());
    }

    private void write(String text) throws Exception {
        // write-then-move, as editors and deployment tools do, so the watcher never reads half a file
        Path temporary = Files.writeString(plants.resolve(".north.yaml.tmp"), text);
        Files.move(temporary, plants.resolve("north.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String json(double value) {
        return "{\"value\":" + value + ",\"ts\":\"" + Instant.now() + "\"}";
    }

    private PlantSources start() {
        return PlantSources.start(PlantSourcesConfig.builder(plants).broker("127.0.0.1", broker.port())
                        .pollInterval(Duration.ofMillis(200)).build(),
                hub.catalogue, hub.gateway, hub.pipeline, Clock.systemUTC());
    }

    private Optional<SourceStatus> source(String id) {
        return sources.status("north").flatMap(plant -> plant.sources().stream()
                .filter(source -> source.sourceId().equals(id)).findFirst());
    }

    private boolean connected(String id) {
        return source(id).map(source -> source.state() == SourceState.CONNECTED).orElse(false);
    }
}
