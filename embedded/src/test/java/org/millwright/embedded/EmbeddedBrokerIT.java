package org.millwright.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient.Mqtt5Publishes;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.embedded.internal.LoopbackPorts;

class EmbeddedBrokerIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path sharedDirectory;

    private static EmbeddedBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start(BrokerConfig.defaults(sharedDirectory).withPort(0));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void deliversAQos1MessageToASubscriber() throws Exception {
        Mqtt5BlockingClient subscriber = client("subscriber", broker.port());
        Mqtt5BlockingClient publisher = client("publisher", broker.port());
        subscriber.connect();
        publisher.connect();
        try (Mqtt5Publishes publishes = subscriber.publishes(MqttGlobalPublishFilter.ALL)) {
            subscriber.subscribeWith().topicFilter("plant/line-1/pump-7/vibration").qos(MqttQos.AT_LEAST_ONCE).send();

            publisher.publishWith().topic("plant/line-1/pump-7/vibration").qos(MqttQos.AT_LEAST_ONCE)
                    .payload("4.7".getBytes(StandardCharsets.UTF_8)).send();

            Optional<Mqtt5Publish> received = publishes.receive(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(received).hasValueSatisfying(message -> {
                assertThat(message.getQos()).isEqualTo(MqttQos.AT_LEAST_ONCE);
                assertThat(new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8)).isEqualTo("4.7");
            });
        } finally {
            subscriber.disconnect();
            publisher.disconnect();
        }
    }

    @Test
    void listensOnlyOnTheLoopbackAddress() throws Exception {
        assertThat(broker.host()).isEqualTo("127.0.0.1");
        assertThat(LoopbackPorts.acceptsConnections(InetAddress.getByName("127.0.0.1"), broker.port(), WAIT))
                .isTrue();
        // A wildcard (0.0.0.0) bind would also answer on these addresses.
        assertThat(LoopbackPorts.acceptsConnections(InetAddress.getByName("127.0.0.2"), broker.port(), WAIT))
                .isFalse();
        for (InetAddress address : nonLoopbackAddresses()) {
            assertThat(LoopbackPorts.acceptsConnections(address, broker.port(), WAIT)).as(address.toString())
                    .isFalse();
        }
    }

    @Test
    void writesItsOwnConfigurationWithoutUsageStatistics() throws Exception {
        String config = Files.readString(sharedDirectory.resolve("conf").resolve("config.xml"));

        assertThat(config).contains("<port>" + broker.port() + "</port>", "<bind-address>127.0.0.1</bind-address>",
                "<mode>file</mode>").containsIgnoringWhitespaces("<enabled>false</enabled>");
        assertThat(sharedDirectory.resolve("data")).isDirectory();
        assertThat(sharedDirectory.resolve("extensions")).isDirectory();
    }

    @Test
    void refusesAFixedPortThatAnotherProcessListensOn(@TempDir Path baseDirectory) throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = squatter.getLocalPort();

            assertThatThrownBy(() -> EmbeddedBroker.start(BrokerConfig.defaults(baseDirectory).withPort(port)))
                    .isInstanceOf(EmbeddedStartupException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void keepsAQueuedQos1MessageOfAPersistentSessionAcrossARestart(@TempDir Path baseDirectory) throws Exception {
        String topic = "plant/line-2/press-3/temperature";
        try (EmbeddedBroker first = EmbeddedBroker.start(BrokerConfig.defaults(baseDirectory).withPort(0))) {
            Mqtt5BlockingClient subscriber = client("detector", first.port());
            subscriber.connectWith().cleanStart(true).sessionExpiryInterval(3600).send();
            subscriber.subscribeWith().topicFilter(topic).qos(MqttQos.AT_LEAST_ONCE).send();
            subscriber.disconnect();

            Mqtt5BlockingClient publisher = client("edge-gateway", first.port());
            publisher.connect();
            publisher.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                    .payload("81.5".getBytes(StandardCharsets.UTF_8)).send();
            publisher.disconnect();
        }

        try (EmbeddedBroker second = EmbeddedBroker.start(BrokerConfig.defaults(baseDirectory).withPort(0))) {
            Mqtt5BlockingClient subscriber = client("detector", second.port());
            try (Mqtt5Publishes publishes = subscriber.publishes(MqttGlobalPublishFilter.ALL)) {
                boolean sessionPresent = subscriber.connectWith().cleanStart(false).sessionExpiryInterval(3600)
                        .send().isSessionPresent();

                assertThat(sessionPresent).as("session restored from file persistence").isTrue();
                Optional<Mqtt5Publish> received = publishes.receive(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(received).hasValueSatisfying(message -> {
                    assertThat(message.getTopic().toString()).isEqualTo(topic);
                    assertThat(new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8)).isEqualTo("81.5");
                });
            } finally {
                subscriber.disconnect();
            }
        }
    }

    private static Mqtt5BlockingClient client(String id, int port) {
        return MqttClient.builder().useMqttVersion5().identifier(id)
                .serverHost("127.0.0.1").serverPort(port).buildBlocking();
    }

    private static List<InetAddress> nonLoopbackAddresses() throws Exception {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLinkLocalAddress())
                .toList();
    }
}
