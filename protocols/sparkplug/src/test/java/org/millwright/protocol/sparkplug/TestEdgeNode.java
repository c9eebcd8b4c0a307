package org.millwright.protocol.sparkplug;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAck;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.eclipse.tahu.model.MetricDataTypeMap;

/**
 * A Sparkplug edge node for tests: publishes Tahu-encoded payloads on its group's topics and records the
 * rebirth requests (NCMD {@code Node Control/Rebirth = true}) it receives. Shared with other modules' tests
 * through this module's test-jar.
 */
public final class TestEdgeNode implements AutoCloseable {
    private final Mqtt5AsyncClient client;
    private final String group;
    private final String node;
    final List<Metric> commands = new CopyOnWriteArrayList<>();

    public TestEdgeNode(int port, String group, String node) throws Exception {
        this(port, group, node, Optional.empty());
    }

    /** An edge node that registers {@code ndeath} as its MQTT Will, as Sparkplug edge nodes do. */
    public TestEdgeNode(int port, String group, String node, Optional<byte[]> ndeath) throws Exception {
        this.group = group;
        this.node = node;
        this.client = MqttClient.builder().useMqttVersion5().identifier("edge-" + group + "-" + node)
                .serverHost("127.0.0.1").serverPort(port).buildAsync();
        Mqtt5ConnectBuilder.Send<CompletableFuture<Mqtt5ConnAck>> connect = client.connectWith();
        ndeath.ifPresent(payload -> connect.willPublish().topic("spBv1.0/" + group + "/NDEATH/" + node)
                .qos(MqttQos.AT_LEAST_ONCE).payload(payload).applyWillPublish());
        connect.send().get(10, TimeUnit.SECONDS);
        client.subscribeWith().topicFilter("spBv1.0/" + group + "/NCMD/" + node).qos(MqttQos.AT_LEAST_ONCE)
                .callback(publish -> commands.addAll(decode(publish.getPayloadAsBytes()).getMetrics()))
                .send().get(10, TimeUnit.SECONDS);
    }

    /** Publishes a node-level message, e.g. {@code NBIRTH}. */
    public void publishNode(String type, byte[] payload) throws Exception {
        publish("spBv1.0/" + group + "/" + type + "/" + node, payload);
    }

    /** Publishes a device-level message, e.g. {@code DDATA}. */
    public void publishDevice(String type, String device, byte[] payload) throws Exception {
        publish("spBv1.0/" + group + "/" + type + "/" + node + "/" + device, payload);
    }

    /** Publishes on any topic, QoS 1, and waits for the broker's acknowledgement. */
    public void publish(String topic, byte[] payload) throws Exception {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send()
                .get(10, TimeUnit.SECONDS);
    }

    /** How many rebirth requests arrived. */
    public long rebirthRequests() {
        return commands.stream()
                .filter(metric -> "Node Control/Rebirth".equals(metric.getName()) && Boolean.TRUE.equals(metric.getValue()))
                .count();
    }

    /** Drops the connection so that the broker publishes the Will (the NDEATH). */
    public void dropConnection() throws Exception {
        client.disconnectWith().reasonCode(Mqtt5DisconnectReasonCode.DISCONNECT_WITH_WILL_MESSAGE).send()
                .get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!client.getState().isConnected()) {
            return;
        }
        client.disconnect().get(10, TimeUnit.SECONDS);
    }

    private static SparkplugBPayload decode(byte[] bytes) {
        try {
            return new SparkplugBPayloadDecoder().buildFromByteArray(bytes, new MetricDataTypeMap());
        } catch (Exception e) {
            throw new IllegalStateException("edge node received an undecodable command", e);
        }
    }
}
