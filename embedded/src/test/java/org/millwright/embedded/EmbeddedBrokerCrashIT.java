package org.millwright.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient.Mqtt5Publishes;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.embedded.internal.LoopbackPorts;

/** The hub's JVM dies by {@code kill -9} with a QoS 1 message queued for an offline persistent session. */
class EmbeddedBrokerCrashIT {

    @TempDir
    Path baseDirectory;

    private Process child;

    @AfterEach
    void killChild() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void deliversAQueuedQos1MessageAcceptedBeforeTheJvmWasKilled() throws Exception {
        String topic = "plant/line-3/fan-1/vibration";
        int port = LoopbackPorts.freePort(InetAddress.getByName("127.0.0.1"));
        Path childLog = baseDirectory.resolve("child.log");
        child = ChildJvm.start(BrokerChildProcess.class, childLog, baseDirectory.toString(), Integer.toString(port));
        await().atMost(Duration.ofMinutes(2)).until(() -> !child.isAlive()
                || ChildJvm.output(childLog).contains(BrokerChildProcess.READY));
        assertThat(ChildJvm.output(childLog)).as("child JVM output").contains(BrokerChildProcess.READY + " " + port);

        Mqtt5BlockingClient subscriber = client("detector", port);
        subscriber.connectWith().cleanStart(true).sessionExpiryInterval(3600).send();
        subscriber.subscribeWith().topicFilter(topic).qos(MqttQos.AT_LEAST_ONCE).send();
        subscriber.disconnect();
        Mqtt5BlockingClient publisher = client("edge-gateway", port);
        publisher.connect();
        publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                .payload("11.2".getBytes(StandardCharsets.UTF_8)).send();
        publisher.disconnect();

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child JVM killed").isTrue();

        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerConfig.defaults(baseDirectory).withPort(port))) {
            Mqtt5BlockingClient restarted = client("detector", broker.port());
            try (Mqtt5Publishes publishes = restarted.publishes(MqttGlobalPublishFilter.ALL)) {
                restarted.connectWith().cleanStart(false).sessionExpiryInterval(3600).send();

                Optional<Mqtt5Publish> received = publishes.receive(10, TimeUnit.SECONDS);
                assertThat(received).hasValueSatisfying(message -> assertThat(
                        new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8)).isEqualTo("11.2"));
            } finally {
                restarted.disconnect();
            }
        }
    }

    private static Mqtt5BlockingClient client(String id, int port) {
        return MqttClient.builder().useMqttVersion5().identifier(id)
                .serverHost("127.0.0.1").serverPort(port).buildBlocking();
    }
}
