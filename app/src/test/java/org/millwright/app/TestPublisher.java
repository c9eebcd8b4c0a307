package org.millwright.app;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Publishes raw MQTT messages to the hub's broker, as a machine or a misbehaving gateway would. */
final class TestPublisher implements AutoCloseable {
    private final Mqtt5BlockingClient client;

    TestPublisher(BrokerAddress broker) {
        client = Mqtt5Client.builder().identifier("test-" + UUID.randomUUID()).serverHost(broker.host())
                .serverPort(broker.port()).buildBlocking();
        client.connect();
    }

    void publish(String topic, String payload) {
        publish(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    void publish(String topic, byte[] payload) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
    }

    static String topic(String site, String line, String asset, String signal) {
        return "acme/" + site + "/assembly/" + line + "/" + asset + "/" + signal;
    }

    static String sample(Instant ts, double value, String unit) {
        return "{\"ts\":\"" + ts + "\",\"value\":" + value + ",\"unit\":\"" + unit + "\"}";
    }

    @Override
    public void close() {
        client.disconnect();
    }
}
