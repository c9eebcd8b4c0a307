package org.millwright.protocol.sparkplug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.millwright.protocol.sparkplug.EdgePayloads.aliased;
import static org.millwright.protocol.sparkplug.EdgePayloads.bdSeq;
import static org.millwright.protocol.sparkplug.EdgePayloads.birth;
import static org.millwright.protocol.sparkplug.EdgePayloads.birthMetric;
import static org.millwright.protocol.sparkplug.EdgePayloads.data;
import static org.millwright.protocol.sparkplug.EdgePayloads.death;
import static org.millwright.protocol.sparkplug.EdgePayloads.historical;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.tahu.message.model.MetricDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.embedded.BrokerConfig;
import org.millwright.embedded.EmbeddedBroker;
import org.millwright.ingest.DeadLetter;
import org.millwright.ingest.RejectReason;
import org.millwright.model.AssetId;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

class SparkplugHostApplicationIT {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    private static final AssetId PUMP = AssetId.of("north-l1-pump-01");

    @TempDir
    static Path brokerDir;
    private static EmbeddedBroker broker;
    private static final List<Mqtt5AsyncClient> OBSERVERS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start(BrokerConfig.defaults(brokerDir).withPort(0));
    }

    @AfterAll
    static void stopBroker() {
        OBSERVERS.forEach(Mqtt5AsyncClient::disconnect);
        broker.close();
    }

    @Test
    void publishesRetainedOnlineStateAndGoesOfflineOnClose() throws Exception {
        RecordingListener recorder = new RecordingListener();
        SparkplugHostApplication host = start("host-a", "state-group", List.of(), recorder);
        List<Mqtt5Publish> seen = observe("spBv1.0/STATE/host-a");

        await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
        Mqtt5Publish online = seen.get(0);
        assertThat(online.isRetain()).as("delivered as retained message").isTrue();
        assertThat(online.getQos()).isEqualTo(MqttQos.AT_LEAST_ONCE);
        assertThat(text(online)).isEqualTo("{\"online\":true,\"timestamp\":" + CLOCK.millis() + "}");

        host.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
        assertThat(text(seen.get(1))).isEqualTo("{\"online\":false,\"timestamp\":" + CLOCK.millis() + "}");
        List<Mqtt5Publish> later = observe("spBv1.0/STATE/host-a");
        await().atMost(Duration.ofSeconds(10)).until(() -> !later.isEmpty());
        assertThat(later.get(0).isRetain()).isTrue();
        assertThat(text(later.get(0))).contains("\"online\":false");
    }

    @Test
    void followsAnEdgeNodeThroughBirthDataGapRebirthAndDeath() throws Exception {
        RecordingListener recorder = new RecordingListener();
        List<MetricMapping> mappings = List.of(
                MetricMapping.node("line-1", "edge-1", "Pump/Running", PUMP, SignalType.RUNNING),
                MetricMapping.device("line-1", "edge-1", "motor", "Vibration", MOTOR, SignalType.VIBRATION_VELOCITY)
                        .withScale(1000.0));
        try (SparkplugHostApplication host = start("host-b", "line-1", mappings, recorder);
             TestEdgeNode edge = new TestEdgeNode(broker.port(), "line-1", "edge-1")) {
            birthNodeAndMotor(edge, 7);
            edge.publishDevice("DDATA", "motor", data(2, T0, aliased(10, MetricDataType.Float, 0.0042f, T0.plusSeconds(1))));
            edge.publishDevice("DDATA", "motor", data(3, T0, historical(10, MetricDataType.Float, 0.009f, T0.minusSeconds(60))));

            await().atMost(Duration.ofSeconds(10)).until(() -> recorder.historical.size() == 1);
            assertThat(recorder.live).extracting(Signal::asset, Signal::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(PUMP, 1.0),
                    org.assertj.core.groups.Tuple.tuple(MOTOR, (double) 0.001f * 1000),
                    org.assertj.core.groups.Tuple.tuple(MOTOR, (double) 0.0042f * 1000));
            assertThat(recorder.live.get(2).observedAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(recorder.historical).singleElement().satisfies(signal -> {
                assertThat(signal.observedAt()).isEqualTo(T0.minusSeconds(60));
                assertThat(signal.value()).isEqualTo((double) 0.009f * 1000);
            });

            edge.publishDevice("DDATA", "motor", data(6, T0, aliased(10, MetricDataType.Float, 0.001f, T0)));
            edge.publishDevice("DDATA", "motor", data(9, T0, aliased(10, MetricDataType.Float, 0.002f, T0)));
            await().atMost(Duration.ofSeconds(10)).until(() -> recorder.live.size() == 5);
            await().atMost(Duration.ofSeconds(10)).until(() -> edge.rebirthRequests() == 1);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                    .until(() -> edge.rebirthRequests() == 1);

            birthNodeAndMotor(edge, 8);
            edge.publishNode("NDEATH", death(7, T0));
            edge.publishNode("NDEATH", death(8, T0));

            await().atMost(Duration.ofSeconds(10)).until(() -> recorder.stale.size() == 2);
            assertThat(recorder.stale).containsExactlyInAnyOrder(
                    new RecordingListener.Stale(PUMP, SignalType.RUNNING),
                    new RecordingListener.Stale(MOTOR, SignalType.VIBRATION_VELOCITY));
            assertThat(recorder.live).allSatisfy(signal -> assertThat(signal.quality()).isEqualTo(Quality.GOOD));
            assertThat(recorder.deadLetters).isEmpty();
            assertThat(edge.rebirthRequests()).isEqualTo(1);
        }
    }

    @Test
    void deadLettersMalformedPayloadUnknownAliasAndUnknownTopicAndKeepsGoing() throws Exception {
        RecordingListener recorder = new RecordingListener();
        List<MetricMapping> mappings = List.of(
                MetricMapping.node("line-2", "edge-2", "Pump/Running", PUMP, SignalType.RUNNING));
        try (SparkplugHostApplication host = start("host-c", "line-2", mappings, recorder);
             TestEdgeNode edge = new TestEdgeNode(broker.port(), "line-2", "edge-2")) {
            edge.publishNode("NBIRTH", birth(0, T0, bdSeq(1),
                    birthMetric("Pump/Running", 1, MetricDataType.Boolean, true, T0)));
            edge.publishNode("NDATA", "{\"value\": 1}".getBytes(StandardCharsets.UTF_8));
            edge.publishNode("NDATA", data(1, T0, aliased(42, MetricDataType.Boolean, false, T0)));
            edge.publish("spBv1.0/line-2/NPING/edge-2", data(2, T0));
            edge.publishNode("NDATA", data(2, T0, aliased(1, MetricDataType.Boolean, false, T0)));

            await().atMost(Duration.ofSeconds(10)).until(() -> recorder.live.size() == 2);
            assertThat(recorder.live.get(1).value()).isZero();
            assertThat(recorder.deadLetters).extracting(DeadLetter::reason).containsExactly(
                    RejectReason.MALFORMED_JSON, RejectReason.UNKNOWN_SIGNAL, RejectReason.MALFORMED_TOPIC);
            assertThat(recorder.deadLetters).allSatisfy(letter -> {
                assertThat(letter.source()).isEqualTo("sparkplug");
                assertThat(letter.receivedAt()).isEqualTo(CLOCK.instant());
            });
            assertThat(recorder.deadLetters.get(0).detail()).contains("malformed Sparkplug B payload");
            assertThat(recorder.deadLetters.get(1).detail()).contains("unknown alias 42");
            assertThat(recorder.deadLetters.get(2).topic()).isEqualTo("spBv1.0/line-2/NPING/edge-2");
            assertThat(edge.rebirthRequests()).isZero();
        }
    }

    @Test
    void marksSignalsStaleWhenTheBrokerPublishesTheEdgeNodesWillNdeath() throws Exception {
        RecordingListener recorder = new RecordingListener();
        List<MetricMapping> mappings = List.of(
                MetricMapping.node("line-3", "edge-3", "Pump/Running", PUMP, SignalType.RUNNING));
        try (SparkplugHostApplication host = start("host-e", "line-3", mappings, recorder);
             TestEdgeNode edge = new TestEdgeNode(broker.port(), "line-3", "edge-3", Optional.of(death(4, T0)))) {
            edge.publishNode("NBIRTH", birth(0, T0, bdSeq(4),
                    birthMetric("Pump/Running", 1, MetricDataType.Boolean, true, T0)));
            await().atMost(Duration.ofSeconds(10)).until(() -> recorder.live.size() == 1);

            edge.dropConnection();

            await().atMost(Duration.ofSeconds(10)).until(() -> !recorder.stale.isEmpty());
            assertThat(recorder.stale).containsExactly(new RecordingListener.Stale(PUMP, SignalType.RUNNING));
            assertThat(recorder.live).hasSize(1);
        }
    }

    @Test
    void failsToStartWithAClearErrorWhenNoBrokerListens() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SparkplugHostConfig config = SparkplugHostConfig.of("127.0.0.1", closedPort, "host-d", List.of("g"))
                .withConnectTimeout(Duration.ofSeconds(2));
        RecordingListener recorder = new RecordingListener();
        SparkplugHostApplication host = new SparkplugHostApplication(config, recorder, recorder, CLOCK);

        assertThatThrownBy(host::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    private static void birthNodeAndMotor(TestEdgeNode edge, long bdSeqValue) throws Exception {
        edge.publishNode("NBIRTH", birth(0, T0, bdSeq(bdSeqValue),
                birthMetric("Pump/Running", 1, MetricDataType.Boolean, true, T0),
                birthMetric("Node Control/Rebirth", 2, MetricDataType.Boolean, false, T0)));
        edge.publishDevice("DBIRTH", "motor", birth(1, T0,
                birthMetric("Vibration", 10, MetricDataType.Float, 0.001f, T0)));
    }

    private static SparkplugHostApplication start(String hostId, String group, List<MetricMapping> mappings,
                                                  RecordingListener recorder) {
        SparkplugHostConfig config = SparkplugHostConfig.of("127.0.0.1", broker.port(), hostId, List.of(group))
                .withMappings(mappings);
        SparkplugHostApplication host = new SparkplugHostApplication(config, recorder, recorder, CLOCK);
        host.start();
        return host;
    }

    private static List<Mqtt5Publish> observe(String topic) throws Exception {
        List<Mqtt5Publish> seen = new CopyOnWriteArrayList<>();
        Mqtt5AsyncClient observer = MqttClient.builder().useMqttVersion5().serverHost("127.0.0.1")
                .serverPort(broker.port()).buildAsync();
        observer.connect().get(10, TimeUnit.SECONDS);
        OBSERVERS.add(observer);
        observer.subscribeWith().topicFilter(topic).qos(MqttQos.AT_LEAST_ONCE).callback(seen::add).send()
                .get(10, TimeUnit.SECONDS);
        return seen;
    }

    private static String text(Mqtt5Publish publish) {
        return new String(publish.getPayloadAsBytes(), StandardCharsets.UTF_8);
    }
}
