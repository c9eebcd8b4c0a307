package org.millwright.onboarding.internal.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The MQTT broker a source connects to, when it is not the hub's own.
 *
 * @param host     host name or address
 * @param port     TCP port
 * @param username optional user name
 * @param password optional password, resolved from its reference
 */
public record BrokerSpec(String host, int port, Optional<String> username, Optional<Secret> password) {
    public BrokerSpec {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** {@code host:port}. */
    public String address() {
        return host + ':' + port;
    }
}
