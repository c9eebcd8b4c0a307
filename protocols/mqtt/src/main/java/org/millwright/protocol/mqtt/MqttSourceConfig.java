package org.millwright.protocol.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the {@link MqttIngestSource} connects. Start from {@link #of} and adjust with the
 * {@code with...} methods; every value is validated when the record is created.
 *
 * @param host                  broker host name or address
 * @param port                  broker TCP port, 1–65535
 * @param clientId              MQTT client identifier; it names the broker-side session, so keep it
 *                              stable across restarts (a new id starts with an empty session)
 * @param topicFilter           subscription filter; default {@code +/+/+/+/+/+} (all six-level UNS topics)
 * @param username              optional user name
 * @param password              optional password (not shown by {@link #toString()})
 * @param sessionExpiry         how long the broker keeps the session and its unacknowledged QoS 1
 *                              messages while the hub is away; default 1 h, at most 2^32 - 1 s
 * @param connectTimeout        limit for start-up (connect and subscribe) and for each connection attempt;
 *                              default 10 s
 * @param reconnectInitialDelay first delay before reconnecting after losing the connection; default 1 s
 * @param reconnectMaxDelay     the delay doubles per failed attempt up to this; default 30 s
 */
public record MqttSourceConfig(String host, int port, String clientId, String topicFilter,
                               Optional<String> username, Optional<String> password, Duration sessionExpiry,
                               Duration connectTimeout, Duration reconnectInitialDelay,
                               Duration reconnectMaxDelay) {
    /** Subscribes to every six-level unified-namespace topic. */
    public static final String DEFAULT_TOPIC_FILTER = "+/+/+/+/+/+";
    /** The broker keeps the session for an hour of hub downtime. */
    public static final Duration DEFAULT_SESSION_EXPIRY = Duration.ofHours(1);
    /** Start-up and each connection attempt give up after 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** First reconnect after 1 s. */
    public static final Duration DEFAULT_RECONNECT_INITIAL_DELAY = Duration.ofSeconds(1);
    /** Reconnect attempts at least every 30 s. */
    public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofSeconds(30);
    private static final long MAX_SESSION_EXPIRY_SECONDS = 0xFFFF_FFFFL;

    public MqttSourceConfig {
        requireText(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        }
        requireText(clientId, "clientId");
        requireText(topicFilter, "topicFilter");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        if (sessionExpiry.isNegative() || sessionExpiry.getSeconds() > MAX_SESSION_EXPIRY_SECONDS) {
            throw new IllegalArgumentException("sessionExpiry must be 0 to " + MAX_SESSION_EXPIRY_SECONDS
                    + " seconds, was " + sessionExpiry);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(reconnectInitialDelay, "reconnectInitialDelay");
        requirePositive(reconnectMaxDelay, "reconnectMaxDelay");
        if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
            throw new IllegalArgumentException("reconnectMaxDelay " + reconnectMaxDelay
                    + " must not be shorter than reconnectInitialDelay " + reconnectInitialDelay);
        }
    }

    /** A configuration with every default: all UNS topics, no credentials, 1 h session, 10 s timeout. */
    public static MqttSourceConfig of(String host, int port, String clientId) {
        return new MqttSourceConfig(host, port, clientId, DEFAULT_TOPIC_FILTER, Optional.empty(), Optional.empty(),
                DEFAULT_SESSION_EXPIRY, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RECONNECT_INITIAL_DELAY,
                DEFAULT_RECONNECT_MAX_DELAY);
    }

    /** With another subscription filter, e.g. {@code acme/north/#}. */
    public MqttSourceConfig withTopicFilter(String filter) {
        return new MqttSourceConfig(host, port, clientId, filter, username, password, sessionExpiry,
                connectTimeout, reconnectInitialDelay, reconnectMaxDelay);
    }

    /** With user name and password. */
    public MqttSourceConfig withCredentials(String user, String secret) {
        return new MqttSourceConfig(host, port, clientId, topicFilter, Optional.of(user), Optional.of(secret),
                sessionExpiry, connectTimeout, reconnectInitialDelay, reconnectMaxDelay);
    }

    /** With another session expiry; zero means the broker forgets the session on disconnect. */
    public MqttSourceConfig withSessionExpiry(Duration expiry) {
        return new MqttSourceConfig(host, port, clientId, topicFilter, username, password, expiry,
                connectTimeout, reconnectInitialDelay, reconnectMaxDelay);
    }

    /** With another start-up and connection-attempt timeout. */
    public MqttSourceConfig withConnectTimeout(Duration timeout) {
        return new MqttSourceConfig(host, port, clientId, topicFilter, username, password, sessionExpiry,
                timeout, reconnectInitialDelay, reconnectMaxDelay);
    }

    /** With other reconnect delays: the first one, and the cap the delay doubles up to. */
    public MqttSourceConfig withReconnectDelays(Duration initial, Duration max) {
        return new MqttSourceConfig(host, port, clientId, topicFilter, username, password, sessionExpiry,
                connectTimeout, initial, max);
    }

    /** {@code host:port}, for messages. */
    public String address() {
        return host + ':' + port;
    }

    @Override
    public String toString() {
        return "MqttSourceConfig[" + address() + ", clientId=" + clientId + ", topicFilter=" + topicFilter
                + ", username=" + username.orElse("-") + ", password=" + (password.isPresent() ? "***" : "-")
                + ", sessionExpiry=" + sessionExpiry + ", connectTimeout=" + connectTimeout
                + ", reconnect=" + reconnectInitialDelay + ".." + reconnectMaxDelay + ']';
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be more than zero, was " + value);
        }
    }
}
