package org.millwright.protocol.opcua;

/**
 * Where an {@link OpcUaSource} stands.
 *
 * <pre>
 * CONNECTING ──ok──► CONNECTED ──lost──► RECONNECTING ──ok──► CONNECTED
 *      │                                      │
 *      └──────── credentials / certificate ───┴──► FAILED (retried rarely, see config)
 * any ──close()──► CLOSED
 * </pre>
 */
public enum ConnectionState {
    /** The first connection attempt is under way. */
    CONNECTING,
    /** Session active and the subscription with every monitored item created. */
    CONNECTED,
    /** The connection was lost or an attempt failed for a transient reason; retrying with backoff. */
    RECONNECTING,
    /**
     * The server refused the credentials or its certificate is not trusted: an operator must act. The
     * source retries only every {@link OpcUaSourceConfig#failedRetryDelay()}, never in a storm, and at once
     * when the rejected server certificate is moved out of {@code rejected/}.
     */
    FAILED,
    /** {@link OpcUaSource#close()} was called. */
    CLOSED
}
