package org.millwright.edge.internal.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientConnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.millwright.edge.config.Secret;

/**
 * Builds an MQTT 5 client that keeps a persistent session ({@code cleanStart=false} with a session expiry) and,
 * once {@link #connect()} was called, stays connected by itself: a failed attempt or a lost connection is retried
 * with a delay doubling from 1 s up to a maximum, forever, until {@link #close()}. The caller never blocks on the
 * broker: {@link #connect()} returns at once.
 */
public final class PersistentClient {
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    private static final int MAX_DOUBLINGS = 20;

    /** What the owner hears; called on the client's threads. */
    public interface Events {
        /** Connected; {@code sessionPresent} tells whether the broker still had the session. */
        void connected(boolean sessionPresent);

        /** The connection was lost or an attempt failed; {@code attempt} counts failures since the last success. */
        void disconnected(Throwable cause, int attempt, Duration retryIn);
    }

    private final Mqtt5AsyncClient client;
    private final Duration sessionExpiry;
    private final Duration keepAlive;
    private final Duration maxDelay;
    private final Events events;
    private volatile boolean closed;

    /**
     * @param connectTimeout limit of one connection attempt
     */
    public PersistentClient(String host, int port, String clientId, Optional<String> username,
                            Optional<Secret> password, Duration sessionExpiry, Duration keepAlive,
                            Duration connectTimeout, Duration maxDelay, Events events) {
        this.sessionExpiry = Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        this.keepAlive = Objects.requireNonNull(keepAlive, "keepAlive");
        this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
        this.events = Objects.requireNonNull(events, "events");
        Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5()
                .identifier(clientId)
                .transportConfig()
                .serverHost(host)
                .serverPort(port)
                .socketConnectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .mqttConnectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .applyTransportConfig()
                .addConnectedListener(context -> {
                    boolean present = context instanceof Mqtt5ClientConnectedContext mqtt5
                            && mqtt5.getConnAck().isSessionPresent();
                    events.connected(present);
                })
                .addDisconnectedListener(this::onDisconnected);
        if (username.isPresent()) {
            var auth = Mqtt5SimpleAuth.builder().username(username.get());
            builder = builder.simpleAuth(password.isEmpty() ? auth.build()
                    : auth.password(password.get().value().getBytes(StandardCharsets.UTF_8)).build());
        }
        this.client = builder.buildAsync();
    }

    /** The client, for publishing and subscribing. */
    public Mqtt5AsyncClient client() {
        return client;
    }

    /** Starts connecting (and then staying connected) in the background. */
    public void connect() {
        client.connectWith()
                .cleanStart(false)
                .sessionExpiryInterval(sessionExpiry.getSeconds())
                .keepAlive((int) keepAlive.getSeconds())
                .send()
                .whenComplete((ack, failure) -> {
                    // failures reach the disconnected listener, which schedules the next attempt
                });
    }

    public boolean isConnected() {
        return client.getState().isConnected();
    }

    private void onDisconnected(MqttClientDisconnectedContext context) {
        if (closed) {
            context.getReconnector().reconnect(false);
            return;
        }
        int attempt = context.getReconnector().getAttempts();
        long delay = Math.min(FIRST_DELAY.toMillis() << Math.min(attempt, MAX_DOUBLINGS), maxDelay.toMillis());
        context.getReconnector().reconnect(true).resubscribeIfSessionExpired(true)
                .delay(delay, TimeUnit.MILLISECONDS);
        events.disconnected(context.getCause(), attempt + 1, Duration.ofMillis(delay));
    }

    /** Disconnects (the broker keeps the session for its expiry) and stops reconnecting; idempotent. */
    public void close(Duration timeout) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            client.disconnect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // not connected, or did not answer in time: nothing more to do
        }
    }
}
