package org.millwright.onboarding;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Publishes as a plant's legacy device would: JSON on its own topics, QoS 1. */
final class MqttPublisher implements AutoCloseable {
    private final Mqtt5BlockingClient client;

    MqttPublisher(int port) {
        this.client = MqttClient.builder().useMqttVersion5().identifier("test-device-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(port).buildBlocking();
        client.connect();
    }

    void publish(String topic, String json) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(json.getBytes(StandardCharsets.UTF_8))
                .send();
    }

    @Override
    public void close() {
        client.disconnect();
    }
}
