package org.millwright.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.edge.TestHub.Received;
import org.millwright.edge.config.EdgeConfigReader;
import org.millwright.embedded.BrokerConfig;
import org.millwright.embedded.EmbeddedBroker;

/**
 * The agent in this JVM collecting from a local Mosquitto (as a PLC gateway or the plant simulator publishes) and
 * forwarding to the hub's broker (HiveMQ CE) into the real ingest path, with a deadband on vibration.
 */
class MqttSourceIT {
    private static final String TOPIC = "acme/north/assembly/line-1/north-l1-motor-01/";

    @TempDir
    Path work;

    private LocalMosquitto local;
    private EmbeddedBroker hubBroker;
    private TestHub hub;
    private EdgeAgent agent;

    @Test
    void forwardsValidSamplesFromALocalBrokerRenumberedAndFilteredAndDropsInvalidOnes() throws Exception {
        int localPort = freePort();
        local = LocalMosquitto.start(localPort, Path.of("target", "edge-mqtt", "mosquitto.log"));
        hubBroker = EmbeddedBroker.start(BrokerConfig.defaults(work.resolve("hub-broker")).withPort(0));
        hub = new TestHub(hubBroker.port(), Clock.systemUTC());
        Path config = work.resolve("edge.yaml");
        Files.writeString(config, """
                agent-id: edge-mqtt-01
                hub: {host: 127.0.0.1, port: %d}
                buffer: {path: edge.db}
                sources:
                  - {name: local, type: mqtt, host: 127.0.0.1, port: %d, topic-filter: acme/#}
                filters:
                  - {match: +/+/+/+/+/vibration, deadband: {absolute: 0.5}}
                """.formatted(hubBroker.port(), localPort));
        agent = EdgeAgent.start(EdgeConfigReader.read(config), Clock.systemUTC());
        await().atMost(Duration.ofSeconds(20)).until(() -> agent.status().connected()
                && agent.status().sources().get("edge-mqtt-01/local").equals("CONNECTED"));

        Mqtt5BlockingClient plc = MqttClient.builder().useMqttVersion5().identifier("plc-gateway")
                .serverHost("127.0.0.1").serverPort(localPort).buildBlocking();
        plc.connect();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        double[] vibration = {2.0, 2.2, 2.4, 2.6, 3.5, 3.4};
        for (int i = 0; i < vibration.length; i++) {
            publish(plc, TOPIC + "vibration", "{\"ts\":\"" + t0.plusMillis(i) + "\",\"value\":" + vibration[i]
                    + ",\"unit\":\"mm/s\",\"seq\":" + (900 + i) + "}");
        }
        publish(plc, TOPIC + "vibration", "{\"ts\":\"" + t0 + "\",\"value\":-1,\"unit\":\"mm/s\"}");
        publish(plc, TOPIC + "current", "{\"ts\":\"" + t0 + "\",\"value\":12.5,\"unit\":\"A\",\"quality\":\"UNCERTAIN\"}");
        plc.disconnect();

        await().atMost(Duration.ofSeconds(20)).until(() -> hub.received.size() >= 4);
        assertThat(hub.received).extracting(Received::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(hub.received).extracting(r -> r.signal().value()).containsExactly(2.0, 2.6, 3.5, 12.5);
        assertThat(hub.received).allMatch(r -> r.source().equals("edge-mqtt-01/local") && !r.historical());
        assertThat(hub.received.get(3).signal().quality().name()).isEqualTo("UNCERTAIN");
        assertThat(agent.status().collected()).isEqualTo(7);
        assertThat(agent.status().filtered()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> agent.status().bufferRows() == 0);
        assertThat(hub.deadLetters).isEmpty();
    }

    private static void publish(Mqtt5BlockingClient client, String topic, String json) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(json.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : List.<AutoCloseable>of(() -> close(agent), () -> close(hub),
                () -> close(hubBroker), () -> close(local))) {
            closeable.close();
        }
    }

    private static void close(AutoCloseable closeable) throws Exception {
        if (closeable != null) {
            closeable.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
