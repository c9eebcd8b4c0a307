package org.millwright.protocol.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientConnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuth;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuthBuilder;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAck;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAck;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.millwright.ingest.Acknowledgement;
import org.millwright.ingest.IngestGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds MQTT 5 publishes into an {@link IngestGateway} (or any {@link Handler}), with at-least-once delivery
 * end to end.
 *
 * <ul>
 *   <li>Connects with {@code cleanStart=false} and a session expiry, so the broker keeps the subscription
 *       and every unacknowledged QoS 1 message while the hub is disconnected or restarting (keep the
 *       {@link MqttSourceConfig#clientId() client id} stable).</li>
 *   <li>Subscribes with QoS 1 and acknowledges manually: each publish goes to
 *       {@code gateway.accept("mqtt", topic, payload, ack)} (or the handler) and its PUBACK is sent only when {@code ack}
 *       runs, i.e. after the sample was handled or durably dead-lettered. A publish never acknowledged is
 *       redelivered by the broker on the next session, so downstream must tolerate duplicates.</li>
 *   <li>Reconnects by itself after a lost connection, with exponential backoff; when the broker lost
 *       the session (CONNACK {@code sessionPresent=false}) it subscribes again.</li>
 * </ul>
 *
 * <p>Threads: publishes are passed to the gateway or handler one at a time, in arrival order, on one dispatcher
 * thread ({@code millwright-mqtt-<clientId>}), which blocks while the pipeline applies backpressure; the
 * MQTT client's own I/O threads never block on the hub. Start once, close once.
 */
public final class MqttIngestSource implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttIngestSource.class);
    private static final String SOURCE = "mqtt";
    private static final int MAX_BACKOFF_DOUBLINGS = 20;

    private final MqttSourceConfig config;
    private final Handler handler;
    private final Mqtt5AsyncClient client;
    private final ExecutorService dispatcher;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean subscribedOnce;
    private volatile boolean closed;
    private volatile Throwable lastConnectionFailure;

    /**
     * Takes in one publish. {@code ack} sends the PUBACK; call it only once the input was handled or durably
     * dead-lettered. A handler that throws leaves the publish unacknowledged, so the broker redelivers it.
     */
    @FunctionalInterface
    public interface Handler {

        /** Called on the dispatcher thread, one publish at a time, in arrival order; may block (backpressure). */
        void accept(String topic, byte[] payload, Acknowledgement ack);
    }

    /** A source that is not connected yet and feeds unified-namespace samples to {@code gateway}; see {@link #start()}. */
    public MqttIngestSource(MqttSourceConfig config, IngestGateway gateway) {
        this(config, gatewayHandler(gateway));
    }

    /**
     * A source that is not connected yet and hands every publish to {@code handler}, e.g. to decode topic
     * layouts other than the unified namespace; see {@link #start()}.
     */
    public MqttIngestSource(MqttSourceConfig config, Handler handler) {
        this.config = Objects.requireNonNull(config, "config");
        this.handler = Objects.requireNonNull(handler, "handler");
        long timeoutMillis = config.connectTimeout().toMillis();
        Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5()
                .identifier(config.clientId())
                .transportConfig()
                .serverHost(config.host())
                .serverPort(config.port())
                .socketConnectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .mqttConnectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .applyTransportConfig()
                .addConnectedListener(this::onConnected)
                .addDisconnectedListener(this::onDisconnected);
        if (config.username().isPresent() || config.password().isPresent()) {
            builder = builder.simpleAuth(simpleAuth(config));
        }
        this.client = builder.buildAsync();
        this.dispatcher = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "millwright-mqtt-" + config.clientId());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Connects and subscribes, waiting at most {@link MqttSourceConfig#connectTimeout()}; connection
     * attempts are repeated with backoff within that time.
     *
     * @throws IllegalStateException naming the broker's {@code host:port} when it could not connect or
     *                               subscribe in time (the source is then closed), or when already started
     */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("MQTT source " + config.clientId() + " was already started");
        }
        listen();
        long deadline = System.nanoTime() + config.connectTimeout().toNanos();
        try {
            Mqtt5ConnAck connAck = await(client.connectWith()
                    .cleanStart(false)
                    .sessionExpiryInterval(config.sessionExpiry().getSeconds())
                    .send(), deadline);
            LOG.info("MQTT source connected to {} as {} (session present: {})", config.address(),
                    config.clientId(), connAck.isSessionPresent());
            await(subscribe(), deadline);
            subscribedOnce = true;
        } catch (TimeoutException e) {
            close();
            throw new IllegalStateException("MQTT broker " + config.address() + " did not accept connection and subscription within "
                    + config.connectTimeout() + lastFailureText(), e);
        } catch (ExecutionException e) {
            close();
            throw new IllegalStateException("Could not connect and subscribe to MQTT broker " + config.address()
                    + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while connecting to MQTT broker " + config.address(), e);
        }
    }

    /** Whether the source is connected to the broker right now. */
    public boolean isConnected() {
        return client.getState().isConnected();
    }

    /** The configuration in use. */
    public MqttSourceConfig config() {
        return config;
    }

    /** Why the connection was last lost or refused, if it ever was; for status pages. */
    public Optional<String> lastConnectionError() {
        return Optional.ofNullable(lastConnectionFailure).map(Throwable::toString);
    }

    /**
     * Disconnects, keeping the broker-side session (and with it every unacknowledged message) for the
     * next start, and stops the dispatcher thread. Publishes still in the pipeline stay unacknowledged
     * and will be redelivered. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            client.disconnect().get(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.debug("MQTT source {} was not connected at close: {}", config.clientId(), e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.warn("MQTT source {} did not disconnect from {} within {}", config.clientId(), config.address(),
                    config.connectTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dispatcher.shutdownNow();
        LOG.info("MQTT source {} closed", config.clientId());
    }

    /**
     * Registers for every incoming publish with manual acknowledgement. Registered before connecting, so
     * that messages the broker kept for a resumed session are caught before the SUBACK.
     */
    private void listen() {
        client.publishes(MqttGlobalPublishFilter.ALL, this::onPublish, dispatcher, true);
    }

    private CompletableFuture<Mqtt5SubAck> subscribe() {
        return client.subscribeWith()
                .topicFilter(config.topicFilter())
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
    }

    private void onPublish(Mqtt5Publish publish) {
        if (closed) {
            return; // left unacknowledged: the broker redelivers it in the next session
        }
        String topic = publish.getTopic().toString();
        try {
            handler.accept(topic, publish.getPayloadAsBytes(), () -> acknowledge(publish));
        } catch (RuntimeException e) {
            LOG.error("MQTT publish on {} could not be taken in; left unacknowledged for redelivery", topic, e);
        }
    }

    private void acknowledge(Mqtt5Publish publish) {
        try {
            publish.acknowledge();
        } catch (IllegalStateException | UnsupportedOperationException e) {
            LOG.debug("Acknowledging MQTT publish on {} had no effect: {}", publish.getTopic(), e.getMessage());
        }
    }

    private void onConnected(MqttClientConnectedContext context) {
        if (closed) {
            client.disconnect();
            return;
        }
        if (!subscribedOnce || !(context instanceof Mqtt5ClientConnectedContext mqtt5)) {
            return;
        }
        boolean sessionPresent = mqtt5.getConnAck().isSessionPresent();
        LOG.info("MQTT source {} reconnected to {} (session present: {})", config.clientId(), config.address(),
                sessionPresent);
        if (!sessionPresent) {
            // the client ends its publish flows with the lost session (it errors them), so register again
            listen();
            subscribe().whenComplete((subAck, failure) -> {
                if (failure != null) {
                    LOG.error("MQTT source {} lost its session and could not subscribe again to {}",
                            config.clientId(), config.topicFilter(), failure);
                } else {
                    LOG.info("MQTT source {} subscribed again to {}", config.clientId(), config.topicFilter());
                }
            });
        }
    }

    private void onDisconnected(MqttClientDisconnectedContext context) {
        lastConnectionFailure = context.getCause();
        if (closed) {
            context.getReconnector().reconnect(false);
            return;
        }
        int attempt = context.getReconnector().getAttempts();
        long delay = config.reconnectInitialDelay().toMillis() << Math.min(attempt, MAX_BACKOFF_DOUBLINGS);
        delay = Math.min(delay, config.reconnectMaxDelay().toMillis());
        // resubscription is ours to do, in onConnected, when the broker reports the session as lost
        context.getReconnector().reconnect(true).resubscribeIfSessionExpired(false)
                .delay(delay, TimeUnit.MILLISECONDS);
        LOG.warn("MQTT source {} has no connection to {} ({}); attempt {} in {} ms", config.clientId(),
                config.address(), context.getCause().toString(), attempt + 1, delay);
    }

    private static Handler gatewayHandler(IngestGateway gateway) {
        Objects.requireNonNull(gateway, "gateway");
        return (topic, payload, ack) -> gateway.accept(SOURCE, topic, payload, ack);
    }

    private static Mqtt5SimpleAuth simpleAuth(MqttSourceConfig config) {
        byte[] secret = config.password().map(text -> text.getBytes(StandardCharsets.UTF_8)).orElse(null);
        if (config.username().isEmpty()) {
            return Mqtt5SimpleAuth.builder().password(secret).build();
        }
        Mqtt5SimpleAuthBuilder.Complete auth = Mqtt5SimpleAuth.builder().username(config.username().get());
        return secret == null ? auth.build() : auth.password(secret).build();
    }

    private static <T> T await(CompletableFuture<T> future, long deadlineNanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        long left = Math.max(0, deadlineNanos - System.nanoTime());
        return future.get(left, TimeUnit.NANOSECONDS);
    }

    private String lastFailureText() {
        Throwable failure = lastConnectionFailure;
        return failure == null ? "" : " (last error: " + failure + ')';
    }
}
