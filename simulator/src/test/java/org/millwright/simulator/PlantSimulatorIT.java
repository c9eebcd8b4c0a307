package org.millwright.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricFilter;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.model.SignalType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlantSimulatorIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    /** Two machines; the motor fails 10 s of plant time after start. */
    private static final String PLANT = """
            enterprise: acme
            sites:
              - id: north
                erpPlant: N100
                areas:
                  - id: assembly
                    lines:
                      - id: line-1
                        assets:
                          - {id: m-1, name: Motor, assetClass: MOTOR, machineGroup: GROUP_2, supportType: RIGID, ratedPowerKw: 55, erpId: EQ-1}
                          - {id: p-1, name: Pump, assetClass: PUMP, machineGroup: GROUP_2, supportType: RIGID, ratedPowerKw: 30, erpId: EQ-2}
            degradations:
              - {asset: m-1, kind: bearing-wear, startAfter: PT0S, duration: PT10S}
            """;

    @TempDir
    static Path brokerHome;
    private static EmbeddedHiveMQ broker;
    private static int port;

    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private Mqtt5AsyncClient subscriber;
    private PlantSimulator simulator;

    @BeforeAll
    static void startBroker() throws Exception {
        port = freePort();
        Path config = Files.createDirectories(brokerHome.resolve("conf"));
        Files.writeString(config.resolve("config.xml"), """
                <hivemq>
                  <listeners><tcp-listener><port>%d</port><bind-address>127.0.0.1</bind-address></tcp-listener></listeners>
                  <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
                </hivemq>
                """.formatted(port));
        broker = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(config)
                .withDataFolder(Files.createDirectories(brokerHome.resolve("data")))
                .withExtensionsFolder(Files.createDirectories(brokerHome.resolve("extensions")))
                .build();
        broker.start().get(30, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.stop().get(30, TimeUnit.SECONDS);
        broker.close();
    }

    @BeforeEach
    void subscribe() throws Exception {
        subscriber = MqttClient.builder().useMqttVersion5().identifier("it-subscriber")
                .serverHost("127.0.0.1").serverPort(port).buildAsync();
        subscriber.connect().get(10, TimeUnit.SECONDS);
        subscriber.subscribeWith().topicFilter("acme/#").qos(MqttQos.AT_LEAST_ONCE)
                .callback(p -> received.add(new Received(p.getTopic().toString(),
                        JSON.readTree(p.getPayloadAsBytes()))))
                .send().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        if (simulator != null) {
            simulator.close();
        }
        if (subscriber.getState().isConnected()) {
            subscriber.disconnect().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void publishesEverySignalOfEveryAssetWithTheDocumentedPayloadAndIncreasingSeq() {
        simulator = PlantSimulator.start(config("sim-payload"), plant());

        Set<String> expectedTopics = Set.of("m-1", "p-1").stream()
                .flatMap(asset -> Arrays.stream(SignalType.values())
                        .map(signal -> "acme/north/assembly/line-1/" + asset + "/" + signal.wireName()))
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(20)).until(() -> byTopic().keySet().containsAll(expectedTopics)
                && byTopic().values().stream().allMatch(samples -> samples.size() >= 3));

        Map<String, List<JsonNode>> byTopic = byTopic();
        assertThat(byTopic.keySet()).isEqualTo(expectedTopics);
        byTopic.forEach((topic, samples) -> {
            SignalType signal = SignalType.fromWireName(topic.substring(topic.lastIndexOf('/') + 1)).orElseThrow();
            for (int i = 0; i < samples.size(); i++) {
                JsonNode sample = samples.get(i);
                assertThat(sample.propertyNames()).containsExactly("ts", "value", "unit", "seq", "quality");
                assertThat(sample.get("ts").asString()).matches(TIMESTAMP);
                assertThat(Instant.parse(sample.get("ts").asString())).isBeforeOrEqualTo(Instant.now());
                assertThat(sample.get("value").isNumber()).isTrue();
                assertThat(sample.get("unit").asString()).isEqualTo(signal.unit());
                assertThat(sample.get("quality").asString()).isEqualTo("GOOD");
                assertThat(sample.get("seq").asLong()).as("seq on %s", topic).isEqualTo(i + 1L);
            }
        });

        simulator.close();
        assertThat(simulator.dropped()).isZero();
        assertThat(simulator.published()).isGreaterThanOrEqualTo(30);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == simulator.published());
    }

    @Test
    void repairsTheAssetWhenTheHubReportsMaintenanceCompleted() throws Exception {
        simulator = PlantSimulator.start(config("sim-repair").withTimeAcceleration(60), plant());
        String vibration = "acme/north/assembly/line-1/m-1/vibration";
        // Group 2 rigid: zone D from 4.5 mm/s, zone C from 2.8 mm/s.
        await().atMost(Duration.ofSeconds(20)).until(() -> lastValue(vibration).filter(v -> v > 4.5).isPresent());

        subscriber.publishWith().topic(SimulatorConfig.DEFAULT_REPAIR_TOPIC).qos(MqttQos.AT_LEAST_ONCE)
                .payload("{\"assetId\":\"m-1\"}".getBytes(StandardCharsets.UTF_8)).send().get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(20)).until(() -> lastValue(vibration).filter(v -> v < 2.8).isPresent());
    }

    @Test
    void reconnectsAfterTheBrokerRestartsAndShowsTheOutageAsASeqGap() throws Exception {
        simulator = PlantSimulator.start(config("sim-reconnect"), plant());
        String running = "acme/north/assembly/line-1/p-1/running";
        await().atMost(Duration.ofSeconds(20)).until(() -> byTopic().getOrDefault(running, List.of()).size() >= 2);

        broker.stop().get(30, TimeUnit.SECONDS);
        long seqBeforeOutage = lastSeq(running);
        await().atMost(Duration.ofSeconds(20)).until(() -> simulator.dropped() > 0);
        // HiveMQ CE re-registers its metrics on start and refuses duplicates.
        broker.getMetricRegistry().removeMatching(MetricFilter.ALL);
        broker.start().get(30, TimeUnit.SECONDS);
        received.clear();
        subscribe();

        await().atMost(Duration.ofSeconds(30)).until(() -> !byTopic().getOrDefault(running, List.of()).isEmpty());
        assertThat(lastSeq(running)).isGreaterThan(seqBeforeOutage + 1);
    }

    @Test
    void startFailsNamingTheBrokerWhenNothingListens() throws IOException {
        int closedPort = freePort();
        SimulatorConfig config = config("sim-nobroker").withBroker("127.0.0.1", closedPort);

        assertThatThrownBy(() -> PlantSimulator.start(config, plant()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    private SimulatorConfig config(String clientId) {
        return SimulatorConfig.defaults()
                .withBroker("127.0.0.1", port)
                .withClientId(clientId)
                .withPublishInterval(Duration.ofMillis(100))
                .withConnectTimeout(Duration.ofSeconds(10));
    }

    private static PlantDefinition plant() {
        return PlantDefinitions.load(new ByteArrayInputStream(PLANT.getBytes(StandardCharsets.UTF_8)), "it-plant.yaml");
    }

    private Map<String, List<JsonNode>> byTopic() {
        return received.stream().collect(Collectors.groupingBy(Received::topic,
                Collectors.mapping(Received::payload, Collectors.toCollection(ArrayList::new))));
    }

    private Optional<Double> lastValue(String topic) {
        List<JsonNode> samples = byTopic().getOrDefault(topic, List.of());
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.get(samples.size() - 1).get("value").asDouble());
    }

    private long lastSeq(String topic) {
        List<JsonNode> samples = byTopic().getOrDefault(topic, List.of());
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).get("seq").asLong();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Received(String topic, JsonNode payload) {
    }
}
