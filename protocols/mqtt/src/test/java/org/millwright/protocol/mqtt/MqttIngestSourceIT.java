package org.millwright.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.ingest.DeadLetter;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.ingest.Pipeline;
import org.millwright.ingest.RejectReason;
import org.millwright.ingest.SignalHandler;
import org.millwright.ingest.spi.AssetCatalogue;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

/** The MQTT source against a real HiveMQ CE broker, wired to the real decoder, gateway and pipeline. */
class MqttIngestSourceIT {
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    private static final String TOPIC = "acme/north/assembly/line-1/north-l1-motor-01/vibration";
    private static final Asset MOTOR_ASSET = new Asset(MOTOR, "Conveyor motor 1", AssetClass.MOTOR,
            new Isa95Location("acme", "north", "assembly", "line-1"), MachineGroup.GROUP_2, SupportType.RIGID);
    private static final AssetCatalogue CATALOGUE = id -> id.equals(MOTOR) ? Optional.of(MOTOR_ASSET)
            : Optional.empty();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path brokerDir;
    private static EmbeddedBroker broker;
    private static Mqtt5BlockingClient publisher;

    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedBroker.start(brokerDir);
        publisher = MqttClient.builder().useMqttVersion5().identifier("test-publisher")
                .serverHost("127.0.0.1").serverPort(broker.port()).buildBlocking();
        publisher.connect();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        publisher.disconnect();
        broker.close();
    }

    @AfterEach
    void closeOpened() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void deliversSamplesToTheHandlerInPublishOrder() {
        List<Double> handled = new CopyOnWriteArrayList<>();
        Pipeline pipeline = pipeline(signal -> handled.add(signal.value()));
        MqttIngestSource source = startSource("hub-order", pipeline);
        assertThat(source.isConnected()).isTrue();

        List<Double> published = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            published.add(i / 10.0);
            publish(TOPIC, sample(i / 10.0));
        }

        await().atMost(WAIT).until(() -> handled.size() == 50);
        assertThat(handled).isEqualTo(published);
    }

    @Test
    void redeliversASampleWhoseHandlingFailedAfterTheSourceReconnects() {
        List<Double> firstRun = new CopyOnWriteArrayList<>();
        Pipeline failing = pipeline(signal -> {
            if (signal.value() == 7.0) {
                throw new IllegalStateException("detection store unavailable");
            }
            firstRun.add(signal.value());
        });
        MqttIngestSource first = startSource("hub-redelivery", failing);
        publish(TOPIC, sample(1.0));
        publish(TOPIC, sample(7.0));
        await().atMost(WAIT).until(() -> firstRun.contains(1.0) && failing.failedCount() >= 2);
        first.close();
        failing.close(Duration.ofMillis(200));

        List<Double> secondRun = new CopyOnWriteArrayList<>();
        startSource("hub-redelivery", pipeline(signal -> secondRun.add(signal.value())));
        await().atMost(WAIT).until(() -> secondRun.contains(7.0));
        publish(TOPIC, sample(8.0));

        await().atMost(WAIT).until(() -> secondRun.contains(8.0));
        assertThat(secondRun).containsExactly(7.0, 8.0);
        assertThat(firstRun).containsExactly(1.0);
    }

    @Test
    void handsPublishesOfAnyLayoutToAHandlerAndRedeliversWhatItDidNotAcknowledge() {
        List<String> firstRun = new CopyOnWriteArrayList<>();
        MqttIngestSource first = startSource("hub-handler", "plant7/+/+", (topic, payload, ack) -> {
            firstRun.add(topic);
            if (!topic.endsWith("/later")) {
                ack.acknowledge();
            }
        });
        publish("plant7/press-1/now", sample(1.0));
        publish("plant7/press-1/later", sample(2.0));
        await().atMost(WAIT).until(() -> firstRun.size() == 2);
        first.close();

        List<String> secondRun = new CopyOnWriteArrayList<>();
        startSource("hub-handler", "plant7/+/+", (topic, payload, ack) -> {
            secondRun.add(topic);
            ack.acknowledge();
        });

        await().atMost(WAIT).until(() -> secondRun.contains("plant7/press-1/later"));
        assertThat(firstRun).containsExactly("plant7/press-1/now", "plant7/press-1/later");
        assertThat(secondRun).containsExactly("plant7/press-1/later");
    }

    @Test
    void deadLettersAMalformedPayloadWithItsReasonAndKeepsGoing() {
        List<Double> handled = new CopyOnWriteArrayList<>();
        Pipeline pipeline = pipeline(signal -> handled.add(signal.value()));
        IngestGateway gateway = gateway(pipeline);
        startSource("hub-dead-letters", gateway);

        publish(TOPIC, "{\"ts\": oops".getBytes(StandardCharsets.UTF_8));
        publish("acme/north/assembly/line-1/north-l1-motor-77/vibration", sample(2.0));
        publish(TOPIC, sample(3.0));

        await().atMost(WAIT).until(() -> handled.contains(3.0));
        assertThat(deadLetters).extracting(DeadLetter::reason)
                .containsExactly(RejectReason.MALFORMED_JSON, RejectReason.UNKNOWN_ASSET);
        assertThat(deadLetters.get(0)).satisfies(letter -> {
            assertThat(letter.source()).isEqualTo("mqtt");
            assertThat(letter.topic()).isEqualTo(TOPIC);
            assertThat(new String(letter.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"ts\": oops");
        });
        assertThat(handled).containsExactly(3.0);
        assertThat(gateway.rejectedCounts()).containsEntry(RejectReason.MALFORMED_JSON, 1L)
                .containsEntry(RejectReason.UNKNOWN_ASSET, 1L);
        assertThat(gateway.acceptedCount()).isOne();
    }

    @Test
    void reconnectsAndSubscribesAgainWhenTheBrokerDroppedItsSession() {
        List<Double> handled = new CopyOnWriteArrayList<>();
        MqttIngestSource source = startSource("hub-takeover", pipeline(signal -> handled.add(signal.value())));

        // Another client with the same id takes the session over with a clean start and lets it expire at once:
        // the broker disconnects the source, and the session (with the subscription) is gone when it returns.
        Mqtt5BlockingClient usurper = MqttClient.builder().useMqttVersion5().identifier("hub-takeover")
                .serverHost("127.0.0.1").serverPort(broker.port()).buildBlocking();
        usurper.connectWith().cleanStart(true).sessionExpiryInterval(0).send();
        usurper.disconnect();

        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            publish(TOPIC, sample(9.0));
            assertThat(handled).contains(9.0);
        });
        assertThat(source.isConnected()).isTrue();
    }

    private Pipeline pipeline(SignalHandler handler) {
        Pipeline pipeline = Pipeline.start(2, 64, handler, Clock.systemUTC(), Duration.ofMillis(20),
                Duration.ofMillis(200));
        opened.add(() -> pipeline.close(Duration.ofSeconds(2)));
        return pipeline;
    }

    private IngestGateway gateway(Pipeline pipeline) {
        return new IngestGateway(JsonSampleDecoder.of(CATALOGUE), deadLetters::add, pipeline, Clock.systemUTC());
    }

    private MqttIngestSource startSource(String clientId, Pipeline pipeline) {
        return startSource(clientId, gateway(pipeline));
    }

    private MqttIngestSource startSource(String clientId, IngestGateway gateway) {
        MqttIngestSource source = new MqttIngestSource(
                MqttSourceConfig.of("127.0.0.1", broker.port(), clientId).withConnectTimeout(Duration.ofSeconds(10)),
                gateway);
        opened.add(source);
        source.start();
        return source;
    }

    private MqttIngestSource startSource(String clientId, String filter, MqttIngestSource.Handler handler) {
        MqttIngestSource source = new MqttIngestSource(MqttSourceConfig.of("127.0.0.1", broker.port(), clientId)
                .withTopicFilter(filter), handler);
        opened.add(source);
        source.start();
        return source;
    }

    private static void publish(String topic, byte[] payload) {
        publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
    }

    private static byte[] sample(double value) {
        return ("{\"ts\":\"" + Instant.now() + "\",\"value\":" + value + ",\"unit\":\"mm/s\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
