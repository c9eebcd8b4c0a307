package org.millwright.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.millwright.protocol.sparkplug.EdgePayloads.aliased;
import static org.millwright.protocol.sparkplug.EdgePayloads.bdSeq;
import static org.millwright.protocol.sparkplug.EdgePayloads.birth;
import static org.millwright.protocol.sparkplug.EdgePayloads.birthMetric;
import static org.millwright.protocol.sparkplug.EdgePayloads.data;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.tahu.message.model.MetricDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.embedded.BrokerConfig;
import org.millwright.embedded.EmbeddedBroker;
import org.millwright.ingest.DeadLetter;
import org.millwright.ingest.RejectReason;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.protocol.opcua.TestServer;
import org.millwright.protocol.sparkplug.TestEdgeNode;

/**
 * Onboarding a plant takes a file and no code: one plant file declares an OPC UA server (password from a secret file,
 * degF and a 4-20 mA loop), a Sparkplug group (m/s and K) and legacy MQTT JSON topics (in/s, epoch-millisecond
 * timestamps), and the canonical signals arrive in the pipeline scaled, with their quality. Real servers: Milo, HiveMQ
 * CE, a Tahu-encoded edge node.
 */
class PlantSourcesIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String TEMPERATURE = "Line1/Motor1/BearingTempF";
    static final String CURRENT = "Line1/Pump1/CurrentLoop";

    @TempDir
    static Path shared;
    static EmbeddedBroker broker;
    static TestServer.Identity serverIdentity;
    static TestServer opcua;

    @TempDir
    Path plants;
    private final TestHub hub = new TestHub(Clock.systemUTC());
    private PlantSources sources;

    @BeforeAll
    static void startServers() throws Exception {
        broker = EmbeddedBroker.start(BrokerConfig.defaults(shared.resolve("broker")).withPort(0));
        serverIdentity = TestServer.Identity.create();
        opcua = TestServer.start(freePort(), serverIdentity, false, Optional.of(new String[] {"hub", "s3cret"}),
                List.of(TEMPERATURE, CURRENT));
    }

    @AfterAll
    static void stopServers() throws Exception {
        opcua.close();
        broker.close();
    }

    /** A 4-20 mA loop at 0 mA is a broken wire (an impossible current): start each test from a sound one, 4 mA. */
    @BeforeEach
    void soundLoop() {
        opcua.set(CURRENT, 4.0, StatusCode.GOOD);
    }

    @AfterEach
    void stop() {
        if (sources != null) {
            sources.close();
        }
        hub.close();
    }

    @Test
    void aPlantFileAloneBringsOpcUaSparkplugAndMqttJsonTagsInAsCanonicalSignals() throws Exception {
        Files.writeString(plants.resolve("plc-7.password"), "s3cret\n");
        trustServerCertificate("north", "plc-7");
        Files.writeString(plants.resolve("north.yaml"), northPlant("{file: plc-7.password}"));

        sources = start();
        await().atMost(WAIT).until(() -> allConnected("north", 3));

        opcua.set(TEMPERATURE, 212.0, StatusCode.GOOD);
        opcua.set(CURRENT, 12.0, StatusCode.UNCERTAIN);
        Instant now = Instant.now();
        try (TestEdgeNode edge = new TestEdgeNode(broker.port(), "line-2", "edge-2")) {
            edge.publishNode("NBIRTH", birth(0, now, bdSeq(1),
                    birthMetric("Spindle/Temp", 1, MetricDataType.Double, 353.15, now)));
            edge.publishDevice("DBIRTH", "spindle", birth(1, now,
                    birthMetric("Vibration", 10, MetricDataType.Float, 0.001f, now)));
            edge.publishDevice("DDATA", "spindle", data(2, now, aliased(10, MetricDataType.Float, 0.0042f, now)));
        }
        try (MqttPublisher device = new MqttPublisher(broker.port())) {
            device.publish("plant7/press-7/VIB_DE", "{\"v\":0.25,\"t\":" + now.toEpochMilli() + ",\"q\":\"uncertain\"}");
            device.publish("plant7/press-7/RUN", "{\"v\":true,\"t\":" + now.toEpochMilli() + "}");
        }

        await().atMost(WAIT).untilAsserted(() -> {
            assertHandled(TestHub.MOTOR, SignalType.BEARING_TEMPERATURE, 100.0, Quality.GOOD);
            assertHandled(TestHub.PUMP, SignalType.MOTOR_CURRENT, 25.0, Quality.UNCERTAIN);
            assertHandled(TestHub.SPINDLE, SignalType.BEARING_TEMPERATURE, 80.0, Quality.GOOD);
            assertHandled(TestHub.SPINDLE, SignalType.VIBRATION_VELOCITY, 0.0042f * 1000.0, Quality.GOOD);
            assertHandled(TestHub.FAN, SignalType.VIBRATION_VELOCITY, 6.35, Quality.UNCERTAIN);
            assertHandled(TestHub.FAN, SignalType.RUNNING, 1.0, Quality.GOOD);
        });
        Signal fan = hub.handled.stream().filter(s -> s.asset().equals(TestHub.FAN)).findFirst().orElseThrow();
        assertThat(fan.observedAt()).isEqualTo(Instant.ofEpochMilli(now.toEpochMilli()));
        assertThat(hub.deadLetters).isEmpty();
        await().atMost(WAIT).untilAsserted(() -> assertThat(source("north", "press-json")).satisfies(status -> {
            assertThat(status.received()).isEqualTo(2);
            assertThat(status.handled()).isEqualTo(2);
            assertThat(status.rejected()).isZero();
            assertThat(status.lastSampleAt()).isPresent();
        }));
    }

    @Test
    void deadLettersUnmappedUnreadableAndImpossibleInputWithTheReason() throws Exception {
        Files.writeString(plants.resolve("north.yaml"), northPlant("{env: PLC_PASSWORD}"));
        trustServerCertificate("north", "plc-7");

        sources = start();
        await().atMost(WAIT).until(() -> allConnected("north", 3));
        try (MqttPublisher device = new MqttPublisher(broker.port())) {
            device.publish("plant7/press-7/OIL_LEVEL", "{\"v\":3,\"t\":" + Instant.now().toEpochMilli() + "}");
            device.publish("plant7/press-7/VIB_DE", "{\"value\":3}");
        }
        try (TestEdgeNode edge = new TestEdgeNode(broker.port(), "line-2", "edge-3")) {
            Instant now = Instant.now();
            edge.publishNode("NBIRTH", birth(0, now, bdSeq(1)));
            edge.publishNode("NDATA", data(1, now, aliased(42, MetricDataType.Float, 1.0f, now)));
        }
        opcua.set(CURRENT, 2.0, StatusCode.GOOD);

        await().atMost(WAIT).until(() -> hub.deadLetters.size() == 4);
        assertThat(hub.deadLetters).extracting(DeadLetter::source, DeadLetter::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("mqtt", RejectReason.UNKNOWN_SIGNAL),
                org.assertj.core.groups.Tuple.tuple("mqtt", RejectReason.MISSING_VALUE),
                org.assertj.core.groups.Tuple.tuple("sparkplug", RejectReason.UNKNOWN_SIGNAL),
                org.assertj.core.groups.Tuple.tuple("opcua", RejectReason.VALUE_OUT_OF_RANGE));
        assertThat(letter(opcua.endpointUrl() + "#ns=2;s=" + CURRENT).detail()).isEqualTo("plant north, source plc-7,"
                + " tag ns=2;s=" + CURRENT + " (north-l1-pump-01/current): current value -6.25 A is impossible: it"
                + " must be zero or more");
        assertThat(letter("plant7/press-7/OIL_LEVEL").detail()).isEqualTo("plant north, source press-json: topic"
                + " 'plant7/press-7/OIL_LEVEL' matches no tag of plant7/{machine}/{point} (machine=press-7,"
                + " point=OIL_LEVEL)");
        assertThat(letter("plant7/press-7/VIB_DE").detail()).isEqualTo("plant north, source press-json: tag"
                + " plant7/{machine}/{point} [press-7, VIB_DE]: payload has no 'v'");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(source("north", "press-json").rejected()).isEqualTo(2);
            assertThat(source("north", "edge").rejected()).isEqualTo(1);
            assertThat(source("north", "plc-7").rejected()).isEqualTo(1);
        });
    }

    @Test
    void showsAWrongOpcUaPasswordAsFailedWithTheReason() throws Exception {
        Files.writeString(plants.resolve("north.yaml"), northPlant("{env: WRONG_PASSWORD}"));
        trustServerCertificate("north", "plc-7");

        sources = start();

        await().atMost(WAIT).until(() -> source("north", "plc-7").state() == SourceState.FAILED);
        assertThat(source("north", "plc-7").reason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains(opcua.endpointUrl()).contains("refused the credentials").contains("Bad_UserAccessDenied"));
        assertThat(sources.status(("north"))).hasValueSatisfying(plant -> assertThat(plant.healthy()).isFalse());
    }

    private PlantSources start() {
        PlantSourcesConfig config = PlantSourcesConfig.builder(plants)
                .pkiDirectory(plants.resolve("pki"))
                .broker("127.0.0.1", broker.port())
                .pollInterval(Duration.ofMillis(200))
                .retryDelays(Duration.ofMillis(200), Duration.ofSeconds(2))
                .environment(name -> Optional.ofNullable(Map.of("PLC_PASSWORD", "s3cret", "WRONG_PASSWORD", "guess")
                        .get(name)))
                .build();
        return PlantSources.start(config, hub.catalogue, hub.gateway, hub.pipeline, Clock.systemUTC());
    }

    /** The password of a user token is encrypted with the server certificate, so the server must be trusted. */
    private void trustServerCertificate(String plant, String source) throws Exception {
        Path trusted = plants.resolve("pki").resolve(plant).resolve(source).resolve("trusted");
        Files.createDirectories(trusted);
        Files.write(trusted.resolve("test-server.der"), serverIdentity.certificate().getEncoded());
    }

    private static String northPlant(String password) {
        return """
                # North plant: three protocols, none of them in the hub's own layout.
                id: north
                name: North plant
                site: acme/north
                sources:
                  - id: plc-7
                    kind: opcua
                    endpoint: %s
                    username: hub
                    password: %s
                    publishingInterval: PT0.1S
                    samplingInterval: PT0.05S
                    nodes:
                      - {node: "ns=2;s=%s", asset: north-l1-motor-01, signal: bearing-temperature, unit: degF}
                      - node: "ns=2;s=%s"
                        asset: north-l1-pump-01
                        signal: current
                        range: {raw: [4, 20], scaled: [0, 50]}
                  - id: edge
                    kind: sparkplug
                    hostId: millwright-north-test
                    groups:
                      - id: line-2
                        metrics:
                          - {edgeNode: edge-2, metric: Spindle/Temp, asset: north-l2-spindle-01,
                             signal: bearing-temperature, unit: K}
                          - {edgeNode: edge-2, device: spindle, metric: Vibration, asset: north-l2-spindle-01,
                             signal: vibration, unit: m/s}
                  - id: press-json
                    kind: mqtt-json
                    topic: plant7/{machine}/{point}
                    payload: {value: v, timestamp: t, quality: q}
                    tags:
                      - {match: {machine: press-7, point: VIB_DE}, asset: north-l2-fan-01, signal: vibration, unit: in/s}
                      - {match: {machine: press-7, point: RUN}, asset: north-l2-fan-01, signal: running}
                """.formatted(opcua.endpointUrl(), password, TEMPERATURE, CURRENT);
    }

    private boolean allConnected(String plant, int count) {
        return sources.status(plant).map(status -> status.sources().size() == count
                && status.sources().stream().allMatch(source -> source.state() == SourceState.CONNECTED)).orElse(false);
    }

    private SourceStatus source(String plant, String id) {
        return sources.status(plant).orElseThrow().sources().stream().filter(s -> s.sourceId().equals(id)).findFirst()
                .orElseThrow();
    }

    private DeadLetter letter(String topic) {
        return hub.deadLetters.stream().filter(letter -> letter.topic().equals(topic)).findFirst().orElseThrow();
    }

    private void assertHandled(org.millwright.model.AssetId asset, SignalType type, double value, Quality quality) {
        assertThat(hub.handled).as("%s of %s", type, asset).anySatisfy(signal -> {
            assertThat(signal.asset()).isEqualTo(asset);
            assertThat(signal.type()).isEqualTo(type);
            assertThat(signal.value()).isCloseTo(value, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(signal.quality()).isEqualTo(quality);
        });
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
