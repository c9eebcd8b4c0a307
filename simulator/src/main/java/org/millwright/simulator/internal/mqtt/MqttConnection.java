package org.millwright.simulator.internal.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PayloadFormatIndicator;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAck;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MQTT 5 connection (HiveMQ async client). Once the first connect succeeded, a lost connection is
 * re-established with exponential backoff (1 s doubling to 30 s), and subscriptions are renewed; a failed first
 * connect is not retried so that start-up fails fast. Publishing while disconnected drops the message (a
 * sensor has no buffer; the edge agent is the one that stores and forwards).
 */
public final class MqttConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);
    private static final long MAX_BACKOFF_MILLIS = 30_000;
    private static final long FLUSH_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Mqtt5AsyncClient client;
    private final String address;
    private final MqttQos qos;
    /** Set once the first connect succeeded, cleared by close: while set, lost connections are re-established. */
    private final AtomicBoolean reconnecting = new AtomicBoolean();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();

    private MqttConnection(String host, int port, String clientId, int qos) {
        this.address = host + ":" + port;
        this.qos = MqttQos.fromCode(qos);
        this.client = MqttClient.builder()
                .useMqttVersion5()
                .identifier(clientId)
                .serverHost(host)
                .serverPort(port)
                .addConnectedListener(context -> LOG.info("simulator connected to MQTT broker {}", address))
                .addDisconnectedListener(this::onDisconnected)
                .buildAsync();
    }

    /**
     * Connects, waiting at most {@code timeout}.
     *
     * @throws IllegalStateException naming host:port when the broker cannot be reached or refuses the client
     */
    public static MqttConnection open(String host, int port, String clientId, int qos, Duration timeout) {
        MqttConnection connection = new MqttConnection(host, port, clientId, qos);
        CompletableFuture<Mqtt5ConnAck> connected = connection.client.connectWith().cleanStart(true).keepAlive(30).send();
        try {
            connected.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // A connect that completes after we gave up must not leave a client behind.
            connected.whenComplete((ack, failure) -> connection.client.disconnect());
            throw new IllegalStateException("MQTT broker " + connection.address + " did not accept a connection within "
                    + timeout, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot connect to MQTT broker " + connection.address + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connected.whenComplete((ack, failure) -> connection.client.disconnect());
            throw new IllegalStateException("interrupted while connecting to MQTT broker " + connection.address, e);
        }
        connection.reconnecting.set(true);
        return connection;
    }

    /** Subscribes with QoS 1, waiting at most {@code timeout}; the callback runs on a client thread. */
    public void subscribe(String topicFilter, Consumer<byte[]> callback, Duration timeout) {
        try {
            client.subscribeWith().topicFilter(topicFilter).qos(MqttQos.AT_LEAST_ONCE)
                    .callback(publish -> callback.accept(publish.getPayloadAsBytes()))
                    .send()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot subscribe to '" + topicFilter + "' on " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while subscribing to '" + topicFilter + "'", e);
        }
    }

    /** Publishes a JSON payload without waiting; dropped (and counted) when the client is not connected. */
    public void publish(String topic, byte[] json) {
        if (!client.getState().isConnected()) {
            dropped.incrementAndGet();
            return;
        }
        inFlight.incrementAndGet();
        client.publishWith().topic(topic).qos(qos)
                .payload(json).contentType("application/json")
                .payloadFormatIndicator(Mqtt5PayloadFormatIndicator.UTF_8)
                .send()
                .whenComplete((result, failure) -> {
                    inFlight.decrementAndGet();
                    if (failure == null && result.getError().isEmpty()) {
                        acknowledged.incrementAndGet();
                    } else {
                        dropped.incrementAndGet();
                        LOG.debug("publish to {} failed", topic, failure != null ? failure : result.getError().get());
                    }
                });
    }

    /** Messages the broker acknowledged (QoS 1/2) or that were written (QoS 0). */
    public long acknowledged() {
        return acknowledged.get();
    }

    /** Messages not delivered: published while disconnected or failed. */
    public long dropped() {
        return dropped.get();
    }

    /** Waits up to {@code timeout} for in-flight messages to be acknowledged, then disconnects; stops reconnecting. */
    public void close(Duration timeout) {
        reconnecting.set(false);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0 && client.getState().isConnected() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(FLUSH_POLL_NANOS);
        }
        try {
            client.disconnect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("disconnect from {} did not complete cleanly", address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    private void onDisconnected(MqttClientDisconnectedContext context) {
        if (!reconnecting.get() || context.getSource() == MqttDisconnectSource.USER) {
            return;
        }
        int attempts = context.getReconnector().getAttempts();
        long delay = Math.min(MAX_BACKOFF_MILLIS, 1000L << Math.min(attempts, 5));
        LOG.warn("simulator is disconnected from MQTT broker {} ({}); reconnect attempt {} in {} ms", address,
                context.getCause().getMessage(), attempts + 1, delay);
        context.getReconnector().reconnect(true).resubscribeIfSessionExpired(true).delay(delay, TimeUnit.MILLISECONDS);
    }
}
