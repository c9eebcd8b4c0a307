package org.millwright.protocol.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the hub's business events (small JSON documents) to MQTT with QoS 1, for subscribers on the shop floor
 * such as the plant simulator. Reconnects by itself; a publish while disconnected fails its future and is logged.
 * Delivery is best effort: the events of record live in the hub's database.
 */
public final class MqttEventPublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MqttEventPublisher.class);

    private final Mqtt5AsyncClient client;
    private final String address;

    /** Connects to {@code host:port}; throws {@link IllegalStateException} naming the broker when it cannot within the timeout. */
    public MqttEventPublisher(String host, int port, String clientId, Duration connectTimeout) {
        this.address = host + ":" + port;
        this.client = MqttClient.builder().useMqttVersion5().identifier(Objects.requireNonNull(clientId, "clientId"))
                .serverHost(host).serverPort(port).automaticReconnectWithDefaultConfig().buildAsync();
        try {
            client.connect().get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            client.disconnect();
            throw new IllegalStateException("event publisher cannot connect to MQTT broker " + address + " within "
                    + connectTimeout + ": " + e, e);
        }
    }

    /** Publishes {@code json} to {@code topic}; the future completes when the broker acknowledged it. */
    public CompletableFuture<Void> publish(String topic, String json) {
        return client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                .payload(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).send()
                .<Void>thenApply(result -> {
                    result.getError().ifPresent(error -> {
                        throw new IllegalStateException(error);
                    });
                    return null;
                })
                .whenComplete((ok, error) -> {
                    if (error != null) {
                        log.warn("Event to {} on {} not published: {}", topic, address, error.toString());
                    }
                });
    }

    @Override
    public void close() {
        try {
            client.disconnect().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.debug("event publisher disconnect: {}", e.toString());
        }
    }
}
