package org.millwright.protocol.sparkplug;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where the {@link SparkplugHostApplication} connects and what it listens to. Start from {@link #of} and
 * adjust with the {@code with...} methods; every value is validated when the record is created.
 *
 * @param host           broker host name or address
 * @param port           broker TCP port, 1–65535
 * @param hostId         the primary host id: STATE is published on {@code spBv1.0/STATE/{hostId}}, and edge
 *                       nodes configured with this id only publish while it says online
 * @param clientId       MQTT client identifier (the host connects with a clean session)
 * @param groups         the Sparkplug groups to subscribe to ({@code spBv1.0/{group}/#}); at least one
 * @param mappings       which metrics become which canonical signals; metrics without a mapping are ignored;
 *                       every mapping's group must be one of {@code groups}, and no metric may be mapped twice
 * @param connectTimeout limit for start-up (connect, subscribe, STATE) and for close; default 10 s
 */
public record SparkplugHostConfig(String host, int port, String hostId, String clientId, List<String> groups,
                                  List<MetricMapping> mappings, Duration connectTimeout) {
    /** Start-up gives up after 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public SparkplugHostConfig {
        if (Objects.requireNonNull(host, "host").isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        }
        MetricMapping.requireId(hostId, "hostId");
        if (Objects.requireNonNull(clientId, "clientId").isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("at least one Sparkplug group must be configured");
        }
        groups.forEach(group -> MetricMapping.requireId(group, "group"));
        mappings = List.copyOf(Objects.requireNonNull(mappings, "mappings"));
        Set<String> seen = new HashSet<>();
        for (MetricMapping mapping : mappings) {
            if (!groups.contains(mapping.group())) {
                throw new IllegalArgumentException("metric " + mapping.metric() + " of " + mapping.source()
                        + " is mapped, but group " + mapping.group() + " is not subscribed (groups: " + groups + ")");
            }
            if (!seen.add(mapping.source() + '\u0000' + mapping.metric())) {
                throw new IllegalArgumentException("metric " + mapping.metric() + " of " + mapping.source()
                        + " is mapped twice");
            }
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be more than zero, was " + connectTimeout);
        }
    }

    /** Listens to {@code groups} with no mappings yet, client id {@code millwright-host-{hostId}}, 10 s timeout. */
    public static SparkplugHostConfig of(String host, int port, String hostId, List<String> groups) {
        return new SparkplugHostConfig(host, port, hostId, "millwright-host-" + hostId, groups, List.of(),
                DEFAULT_CONNECT_TIMEOUT);
    }

    /** With these metric mappings (replacing the current ones). */
    public SparkplugHostConfig withMappings(List<MetricMapping> newMappings) {
        return new SparkplugHostConfig(host, port, hostId, clientId, groups, newMappings, connectTimeout);
    }

    /** With another MQTT client id. */
    public SparkplugHostConfig withClientId(String newClientId) {
        return new SparkplugHostConfig(host, port, hostId, newClientId, groups, mappings, connectTimeout);
    }

    /** With another start-up and close timeout. */
    public SparkplugHostConfig withConnectTimeout(Duration timeout) {
        return new SparkplugHostConfig(host, port, hostId, clientId, groups, mappings, timeout);
    }

    /** The primary host STATE topic, {@code spBv1.0/STATE/{hostId}}. */
    public String stateTopic() {
        return "spBv1.0/STATE/" + hostId;
    }

    /** {@code host:port}, for messages. */
    public String address() {
        return host + ':' + port;
    }
}
