package org.millwright.protocol.sparkplug;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientConnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.millwright.ingest.spi.DeadLetterSink;
import org.millwright.protocol.sparkplug.internal.session.ListenerEffects;
import org.millwright.protocol.sparkplug.internal.session.SessionTracker;
import org.millwright.protocol.sparkplug.internal.wire.Payloads;
import org.millwright.protocol.sparkplug.internal.wire.SparkplugTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Sparkplug B 3.0 primary host application over MQTT 5 (HiveMQ client), payloads through Eclipse Tahu.
 *
 * <ul>
 *   <li><b>STATE.</b> Connects with a clean session and the Will {@code spBv1.0/STATE/{hostId}}
 *       {@code {"online":false,"timestamp":t}}, subscribes to {@code spBv1.0/{group}/#} (QoS 1) for every
 *       configured group, then publishes {@code {"online":true,"timestamp":t}} on the same topic, retained, QoS 1.
 *       {@link #close()} publishes the offline STATE (retained) before disconnecting; after a lost connection
 *       the broker publishes the Will. Each reconnect uses a new timestamp for both.</li>
 *   <li><b>Sessions.</b> NBIRTH/DBIRTH build the alias maps and bdSeq of each edge node and device; NDATA/DDATA
 *       are decoded by alias; {@code seq} is checked modulo 256 and a gap or reorder sends exactly one NCMD
 *       {@code Node Control/Rebirth = true} (QoS 0) until the node's next NBIRTH; NDEATH with the session's bdSeq
 *       and DDEATH report their mapped signals {@link SparkplugListener#onStale stale}.</li>
 *   <li><b>Signals.</b> Metrics with a {@link MetricMapping} become {@link org.millwright.model.Signal}s at the
 *       metric's timestamp (else the payload's, else arrival), scaled, quality GOOD; {@code is_historical} ones go
 *       to {@link SparkplugListener#onHistorical} only. Unmapped metrics are ignored.</li>
 *   <li><b>Rejections.</b> An unknown topic, an undecodable payload, an unknown alias or an unusable value is
 *       stored in the {@link DeadLetterSink} (source {@code sparkplug}) and the session goes on.</li>
 * </ul>
 *
 * <p>Delivery is at most once from the broker's view: Sparkplug data is QoS 0 by convention and its recovery
 * mechanism is the rebirth, so messages are acknowledged on receipt. Threads: every message is handled on one
 * dispatcher thread ({@code millwright-sparkplug-<clientId>}), which owns all session state and calls the
 * listener and the sink. Start once, close once.
 */
public final class SparkplugHostApplication implements AutoCloseable {
    /** The {@link org.millwright.ingest.DeadLetter#source()} of rejected Sparkplug messages. */
    public static final String SOURCE = ListenerEffects.SOURCE;
    private static final Logger LOG = LoggerFactory.getLogger(SparkplugHostApplication.class);

    private final SparkplugHostConfig config;
    private final Clock clock;
    private final Mqtt5AsyncClient client;
    private final ExecutorService dispatcher;
    private final SessionTracker tracker;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Instant stateTimestamp;
    private volatile boolean connectedOnce;
    private volatile boolean closed;
    private volatile Throwable lastConnectionFailure;

    /**
     * A host that is not connected yet; see {@link #start()}.
     *
     * @param config      broker, host id, groups and mappings
     * @param listener    receives live, historical and stale signals
     * @param deadLetters stores rejected messages
     * @param clock       stamps STATE, rebirth requests, dead letters and samples without a timestamp
     */
    public SparkplugHostApplication(SparkplugHostConfig config, SparkplugListener listener,
                                    DeadLetterSink deadLetters, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stateTimestamp = clock.instant();
        this.tracker = new SessionTracker(config.mappings(), new ListenerEffects(
                Objects.requireNonNull(listener, "listener"), Objects.requireNonNull(deadLetters, "deadLetters"),
                clock, this::publishRebirth));
        long timeoutMillis = config.connectTimeout().toMillis();
        this.client = MqttClient.builder().useMqttVersion5()
                .identifier(config.clientId())
                .transportConfig()
                .serverHost(config.host())
                .serverPort(config.port())
                .socketConnectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .mqttConnectTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .applyTransportConfig()
                .automaticReconnectWithDefaultConfig()
                .addConnectedListener(this::onConnected)
                .addDisconnectedListener(this::onDisconnected)
                .buildAsync();
        this.dispatcher = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "millwright-sparkplug-" + config.clientId());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Connects, subscribes to the groups and publishes the online STATE, waiting at most
     * {@link SparkplugHostConfig#connectTimeout()}.
     *
     * @throws IllegalStateException naming the broker when that did not succeed in time (the host is then
     *                               closed), or when already started
     */
    public void start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("Sparkplug host " + config.hostId() + " was already started");
        }
        client.publishes(MqttGlobalPublishFilter.ALL, this::dispatch);
        long deadline = System.nanoTime() + config.connectTimeout().toNanos();
        try {
            await(client.connectWith().cleanStart(true).willPublish(state(false, stateTimestamp)).send(), deadline);
            for (String group : config.groups()) {
                await(client.subscribeWith().topicFilter(SparkplugTopic.NAMESPACE + '/' + group + "/#")
                        .qos(MqttQos.AT_LEAST_ONCE).send(), deadline);
            }
            Optional<Throwable> refused = await(client.publish(state(true, stateTimestamp)), deadline).getError();
            if (refused.isPresent()) {
                throw new ExecutionException("broker refused the STATE publish", refused.get());
            }
            connectedOnce = true;
            LOG.info("Sparkplug host {} online at {} for groups {}", config.hostId(), config.address(),
                    config.groups());
        } catch (TimeoutException e) {
            close();
            throw new IllegalStateException("Sparkplug host " + config.hostId() + ": MQTT broker " + config.address()
                    + " did not accept connection, subscription and STATE within " + config.connectTimeout()
                    + lastFailureText(), e);
        } catch (ExecutionException e) {
            close();
            throw new IllegalStateException("Sparkplug host " + config.hostId() + " could not connect to MQTT broker "
                    + config.address() + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("Interrupted while connecting to MQTT broker " + config.address(), e);
        }
    }

    /** Whether the host is connected to the broker right now. */
    public boolean isConnected() {
        return client.getState().isConnected();
    }

    /** The configuration in use. */
    public SparkplugHostConfig config() {
        return config;
    }

    /** Publishes the offline STATE (retained), disconnects and stops the dispatcher. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        long timeoutMillis = config.connectTimeout().toMillis();
        try {
            if (client.getState().isConnected()) {
                client.publish(state(false, clock.instant())).get(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            client.disconnect().get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.debug("Sparkplug host {} was not connected at close: {}", config.hostId(), e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.warn("Sparkplug host {} did not go offline at {} within {}", config.hostId(), config.address(),
                    config.connectTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dispatcher.shutdownNow();
        LOG.info("Sparkplug host {} closed", config.hostId());
    }

    /**
     * Hands a publish from the client's I/O thread to the dispatcher. Not through the client's executor
     * overload: the clean session ends at disconnect, and the client would then schedule the flow's end on
     * a dispatcher that close() already stopped.
     */
    private void dispatch(Mqtt5Publish publish) {
        if (closed) {
            return;
        }
        try {
            dispatcher.execute(() -> onPublish(publish));
        } catch (RejectedExecutionException e) {
            LOG.debug("Sparkplug host {} closing: message on {} not handled", config.hostId(), publish.getTopic());
        }
    }

    private void onPublish(Mqtt5Publish publish) {
        String topic = publish.getTopic().toString();
        try {
            tracker.handle(topic, publish.getPayloadAsBytes(), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Sparkplug message on {} could not be handled", topic, e);
        }
    }

    private void publishRebirth(String group, String edgeNode) {
        String topic = SparkplugTopic.nodeCommandTopic(group, edgeNode);
        client.publishWith().topic(topic).qos(MqttQos.AT_MOST_ONCE).payload(Payloads.rebirthRequest(clock.instant()))
                .send().whenComplete((result, failure) -> {
                    if (failure != null) {
                        LOG.warn("Rebirth request to {} not sent: {}", topic, failure.toString());
                    }
                });
    }

    private void onConnected(MqttClientConnectedContext context) {
        if (!connectedOnce || closed) {
            return; // start() publishes the first STATE itself
        }
        client.publish(state(true, stateTimestamp)).whenComplete((result, failure) -> {
            if (failure != null) {
                LOG.warn("Sparkplug host {} reconnected but could not publish its STATE: {}", config.hostId(),
                        failure.toString());
            } else {
                LOG.info("Sparkplug host {} reconnected to {} and is online again", config.hostId(), config.address());
            }
        });
    }

    private void onDisconnected(MqttClientDisconnectedContext context) {
        lastConnectionFailure = context.getCause();
        if (closed) {
            context.getReconnector().reconnect(false);
            return;
        }
        LOG.warn("Sparkplug host {} has no connection to {}: {}", config.hostId(), config.address(),
                context.getCause().toString());
        if (context instanceof Mqtt5ClientDisconnectedContext mqtt5) {
            // Sparkplug 3.0: every new connection carries a new timestamp in its Will and its online STATE
            stateTimestamp = clock.instant();
            mqtt5.getReconnector().connectWith().cleanStart(true).willPublish(state(false, stateTimestamp))
                    .applyConnect();
        }
    }

    private Mqtt5Publish state(boolean online, Instant timestamp) {
        return Mqtt5Publish.builder().topic(config.stateTopic()).qos(MqttQos.AT_LEAST_ONCE).retain(true)
                .payload(Payloads.state(online, timestamp)).build();
    }

    private String lastFailureText() {
        Throwable failure = lastConnectionFailure;
        return failure == null ? "" : " (last error: " + failure + ')';
    }

    private static <T> T await(CompletableFuture<T> future, long deadlineNanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
