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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The hub's MQTT source against Debian's Mosquitto, a real external broker process, wired to the real decoder,
 * gateway and pipeline: it must behave exactly as against the embedded broker ({@link MqttIngestSourceIT}), and
 * also ride out a restart of the broker.
 */
class MosquittoInteropIT {
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    private static final String TOPIC = "acme/north/assembly/line-1/north-l1-motor-01/vibration";
    private static final Asset MOTOR_ASSET = new Asset(MOTOR, "Conveyor motor 1", AssetClass.MOTOR,
            new Isa95Location("acme", "north", "assembly", "line-1"), MachineGroup.GROUP_2, SupportType.RIGID);
    private static final AssetCatalogue CATALOGUE = id -> id.equals(MOTOR) ? Optional.of(MOTOR_ASSET)
            : Optional.empty();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path brokerDir;
    private MosquittoBroker broker;
    private Mqtt5BlockingClient publisher;
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeEach
    void startMosquitto() throws Exception {
        MosquittoBroker.requireInstalled();
        broker = MosquittoBroker.start(brokerDir);
        publisher = connectPublisher();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        if (publisher != null && publisher.getState().isConnected()) {
            publisher.disconnect();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void deliversSamplesToTheHandlerInPublishOrder() {
        List<Double> handled = new CopyOnWriteArrayList<>();
        MqttIngestSource source = startSource("hub-order", gateway(pipeline(signal -> handled.add(signal.value()))));
        assertThat(source.isConnected()).isTrue();

        List<Double> published = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            published.add(i / 10.0);
            publish(TOPIC, sample(i / 10.0));
        }

        await().atMost(WAIT).until(() -> handled.size() == 200);
        assertThat(handled).isEqualTo(published);
    }

    @Test
    void deadLettersAMalformedPayloadWithItsReasonAndKeepsGoing() {
        List<Double> handled = new CopyOnWriteArrayList<>();
        IngestGateway gateway = gateway(pipeline(signal -> handled.add(signal.value())));
        startSource("hub-dead-letters", gateway);

        publish(TOPIC, "{\"ts\": oops".getBytes(StandardCharsets.UTF_8));
        publish(TOPIC, sample(3.0));

        await().atMost(WAIT).until(() -> handled.contains(3.0));
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
            assertThat(letter.source()).isEqualTo("mqtt");
            assertThat(letter.topic()).isEqualTo(TOPIC);
            assertThat(new String(letter.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"ts\": oops");
        });
        assertThat(handled).containsExactly(3.0);
        assertThat(gateway.rejectedCounts()).containsEntry(RejectReason.MALFORMED_JSON, 1L);
        assertThat(gateway.acceptedCount()).isOne();
    }

    @Test
    void redeliversASampleWhoseHandlingFailedWhenTheSourceReconnectsEvenAcrossABrokerRestart() throws Exception {
        List<Double> firstRun = new CopyOnWriteArrayList<>();
        Pipeline failing = pipeline(signal -> {
            if (signal.value() == 7.0) {
                throw new IllegalStateException("detection store unavailable");
            }
            firstRun.add(signal.value());
        });
        MqttIngestSource first = startSource("hub-redelivery", gateway(failing));
        publish(TOPIC, sample(1.0));
        publish(TOPIC, sample(7.0));
        await().atMost(WAIT).until(() -> firstRun.contains(1.0) && failing.failedCount() >= 2);
        first.close();
        failing.close(Duration.ofMillis(200));

        // the unacknowledged sample lives only in the broker's session, which Mosquitto keeps on disk
        publisher.disconnect();
        broker.restart();
        publisher = connectPublisher();

        List<Double> secondRun = new CopyOnWriteArrayList<>();
        startSource("hub-redelivery", gateway(pipeline(signal -> secondRun.add(signal.value()))));
        await().atMost(WAIT).until(() -> secondRun.contains(7.0));
        publish(TOPIC, sample(8.0));

        await().atMost(WAIT).until(() -> secondRun.contains(8.0));
        assertThat(secondRun).containsExactly(7.0, 8.0);
        assertThat(firstRun).containsExactly(1.0);
    }

    @Test
    void reconnectsAndSubscribesAgainWhenMosquittoRestartsWhileTheSourceRuns() throws Exception {
        List<Double> handled = new CopyOnWriteArrayList<>();
        MqttIngestSource source = startSource("hub-restart", gateway(pipeline(signal -> handled.add(signal.value()))));
        publish(TOPIC, sample(1.0));
        await().atMost(WAIT).until(() -> handled.contains(1.0));

        publisher.disconnect();
        broker.restart();
        publisher = connectPublisher();
        assertFlowsAgain(source, handled, 100);

        // a broker that lost its sessions (no persistence file): the source must subscribe again by itself
        publisher.disconnect();
        broker.restartForgettingSessions();
        publisher = connectPublisher();
        assertFlowsAgain(source, handled, 200);

        assertThat(handled).as("redelivery may repeat a sample, never reorder").isSorted();
    }

    private void assertFlowsAgain(MqttIngestSource source, List<Double> handled, int firstValue) {
        AtomicInteger next = new AtomicInteger(firstValue);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            double value = next.getAndIncrement();
            publish(TOPIC, sample(value));
            assertThat(handled).contains(value);
        });
        assertThat(source.isConnected()).isTrue();
    }

    private Mqtt5BlockingClient connectPublisher() {
        Mqtt5BlockingClient client = MqttClient.builder().useMqttVersion5().identifier("test-publisher")
                .serverHost("127.0.0.1").serverPort(broker.port()).buildBlocking();
        client.connect();
        return client;
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

    private MqttIngestSource startSource(String clientId, IngestGateway gateway) {
        MqttIngestSource source = new MqttIngestSource(
                MqttSourceConfig.of("127.0.0.1", broker.port(), clientId)
                        .withConnectTimeout(Duration.ofSeconds(10))
                        .withReconnectDelays(Duration.ofMillis(100), Duration.ofSeconds(1)),
                gateway);
        opened.add(source);
        source.start();
        return source;
    }

    private void publish(String topic, byte[] payload) {
        publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
    }

    private static byte[] sample(double value) {
        return ("{\"ts\":\"" + Instant.now() + "\",\"value\":" + value + ",\"unit\":\"mm/s\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
