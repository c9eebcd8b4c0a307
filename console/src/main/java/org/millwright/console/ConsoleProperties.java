package org.millwright.console;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the console, under {@code millwright.console}.
 *
 * @param enabled {@code millwright.console.enabled}: serve the console (default {@code true}); when
 *     {@code false} no endpoint is registered and {@link ConsoleUpdates} is {@link ConsoleUpdates#none()}
 * @param zone {@code millwright.console.zone}: time zone in which times are shown, e.g.
 *     {@code Europe/Berlin} (default: the JVM's default zone)
 * @param minPushInterval {@code millwright.console.min-push-interval}: shortest time between two pushes of
 *     the same kind to browsers; changes in between are coalesced (default {@code 500ms})
 * @param heartbeat {@code millwright.console.heartbeat}: interval of the SSE comment that keeps idle
 *     connections and proxies alive (default {@code 15s})
 * @param streamTimeout {@code millwright.console.stream-timeout}: lifetime of one SSE connection, after which
 *     the browser reconnects by itself (default {@code 30m})
 */
@ConfigurationProperties("millwright.console")
public record ConsoleProperties(
        @DefaultValue("true") boolean enabled,
        ZoneId zone,
        @DefaultValue("500ms") Duration minPushInterval,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration streamTimeout) {

    /** Fills in the default zone and rejects durations that cannot work, naming the property. */
    public ConsoleProperties {
        zone = zone == null ? ZoneId.systemDefault() : zone;
        requireNotNegative(minPushInterval, "millwright.console.min-push-interval");
        requirePositive(heartbeat, "millwright.console.heartbeat");
        requirePositive(streamTimeout, "millwright.console.stream-timeout");
    }

    /** The defaults, as bound from an empty environment. */
    public static ConsoleProperties defaults() {
        return new ConsoleProperties(true, null, Duration.ofMillis(500), Duration.ofSeconds(15),
                Duration.ofMinutes(30));
    }

    private static void requirePositive(Duration value, String property) {
        requireNotNegative(value, property);
        if (value.isZero()) {
            throw new IllegalArgumentException(property + " must be positive, was " + value);
        }
    }

    private static void requireNotNegative(Duration value, String property) {
        Objects.requireNonNull(value, property);
        if (value.isNegative()) {
            throw new IllegalArgumentException(property + " must not be negative, was " + value);
        }
    }
}
