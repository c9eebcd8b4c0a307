package org.millwright.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the {@link EmbeddedBroker}.
 *
 * @param bindAddress the address the MQTT listener binds, {@value #DEFAULT_BIND_ADDRESS} by default; use a
 *        non-loopback address only behind a policy-enforcing setup
 * @param port the MQTT TCP port, or 0 for any free port (picked at each start)
 * @param baseDirectory the broker's home: {@code conf}, {@code data} (file persistence) and {@code extensions}
 *        are created under it, e.g. {@code ./data/mqtt}
 * @param startTimeout how long {@link EmbeddedBroker#start(BrokerConfig)} and {@link EmbeddedBroker#close()} wait
 */
public record BrokerConfig(String bindAddress, int port, Path baseDirectory, Duration startTimeout) {

    /** Loopback: only processes on this machine can connect. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    /** The IANA port for MQTT over plain TCP. */
    public static final int DEFAULT_PORT = 1883;
    /** Start and stop timeout. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(30);

    /**
     * @throws IllegalArgumentException for a blank address, a port outside 0..65535 or a non-positive timeout
     */
    public BrokerConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("broker bind address must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("broker port must be 0 (any free port) or 1..65535, was " + port);
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("broker start timeout must be positive, was " + startTimeout);
        }
    }

    /** Loopback, port {@value #DEFAULT_PORT}, {@link #DEFAULT_START_TIMEOUT}, under {@code baseDirectory}. */
    public static BrokerConfig defaults(Path baseDirectory) {
        return new BrokerConfig(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, baseDirectory, DEFAULT_START_TIMEOUT);
    }

    /** A copy with another port (0 = any free port). */
    public BrokerConfig withPort(int newPort) {
        return new BrokerConfig(bindAddress, newPort, baseDirectory, startTimeout);
    }

    /** A copy with another bind address. */
    public BrokerConfig withBindAddress(String newBindAddress) {
        return new BrokerConfig(newBindAddress, port, baseDirectory, startTimeout);
    }

    /** A copy with another start/stop timeout. */
    public BrokerConfig withStartTimeout(Duration newStartTimeout) {
        return new BrokerConfig(bindAddress, port, baseDirectory, newStartTimeout);
    }
}
