package org.millwright.protocol.opcua;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of an {@link OpcUaSource}'s connection, e.g. for a health endpoint or the console.
 *
 * @param endpointUrl the server endpoint
 * @param state       where the source stands
 * @param lastError   the last connection error, naming the endpoint and what to do; while
 *                    {@link ConnectionState#CONNECTED}, the monitored items the server refused (e.g. an unknown
 *                    node id), else empty
 * @param since       when the source entered {@code state}
 */
public record ConnectionStatus(String endpointUrl, ConnectionState state, Optional<String> lastError,
                               Instant since) {
    public ConnectionStatus {
        Objects.requireNonNull(endpointUrl, "endpointUrl");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(since, "since");
    }
}
