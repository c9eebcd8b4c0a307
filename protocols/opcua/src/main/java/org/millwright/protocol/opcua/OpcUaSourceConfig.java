package org.millwright.protocol.opcua;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where and how an {@link OpcUaSource} connects and what it subscribes to. Build it with
 * {@link #builder(String, Path)}; every value is validated when the record is created.
 *
 * <p><b>Trust store ({@code pkiDirectory}).</b> The source keeps its application certificate in
 * {@code <pki>/client.p12} (a PKCS#12 key store created with a self-signed certificate on first use) and
 * trusts a server certificate only when its DER file lies in {@code <pki>/trusted/}. A server certificate
 * that is not trusted is written to {@code <pki>/rejected/<sha1-thumbprint>.der} and the source goes
 * {@link ConnectionState#FAILED}. To accept it, an operator checks the thumbprint with the plant and moves
 * the file from {@code rejected/} to {@code trusted/}; the source notices the move within a second and
 * connects, without a restart (it does not wait for {@link #failedRetryDelay()}).
 *
 * @param endpointUrl           server endpoint, {@code opc.tcp://host:port[/path]}
 * @param security              requested message security
 * @param username              optional user name (with {@code password}); anonymous when empty
 * @param password              optional password (not shown by {@link #toString()})
 * @param pkiDirectory          folder with {@code client.p12}, {@code trusted/} and {@code rejected/}
 * @param keyStorePassword      password of {@code client.p12}
 * @param applicationUri        this client's application URI, written into its certificate
 * @param nodes                 what to subscribe to; at least one, node ids unique
 * @param publishingInterval    how often the server sends notifications; default 1 s
 * @param connectTimeout        limit for one connection attempt (connect, session, subscription); default 10 s
 * @param keepAliveInterval     how often the client checks the session is alive; default 5 s
 * @param reconnectInitialDelay first delay before reconnecting; default 1 s
 * @param reconnectMaxDelay     the delay doubles per failed attempt up to this; default 60 s
 * @param failedRetryDelay      retry delay while {@link ConnectionState#FAILED} (bad credentials, untrusted
 *                              certificate), so a wrong password never causes a retry storm; default 5 min
 */
public record OpcUaSourceConfig(String endpointUrl, OpcUaSecurity security, Optional<String> username,
                                Optional<String> password, Path pkiDirectory, String keyStorePassword,
                                String applicationUri, List<MonitoredNode> nodes, Duration publishingInterval,
                                Duration connectTimeout, Duration keepAliveInterval, Duration reconnectInitialDelay,
                                Duration reconnectMaxDelay, Duration failedRetryDelay) {

    public OpcUaSourceConfig {
        Objects.requireNonNull(endpointUrl, "endpointUrl");
        URI uri = parseEndpoint(endpointUrl);
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("username and password of " + endpointUrl
                    + " must be given together or not at all");
        }
        Objects.requireNonNull(pkiDirectory, "pkiDirectory");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(applicationUri, "applicationUri");
        if (applicationUri.isBlank()) {
            throw new IllegalArgumentException("applicationUri must not be blank");
        }
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("at least one monitored node is needed for " + endpointUrl);
        }
        Set<String> seen = new HashSet<>();
        for (MonitoredNode node : nodes) {
            if (!seen.add(node.nodeId())) {
                throw new IllegalArgumentException("node " + node.nodeId() + " is configured twice for "
                        + endpointUrl);
            }
        }
        requirePositive(publishingInterval, "publishingInterval");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(keepAliveInterval, "keepAliveInterval");
        requirePositive(reconnectInitialDelay, "reconnectInitialDelay");
        requirePositive(reconnectMaxDelay, "reconnectMaxDelay");
        requirePositive(failedRetryDelay, "failedRetryDelay");
        if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
            throw new IllegalArgumentException("reconnectMaxDelay " + reconnectMaxDelay
                    + " must not be shorter than reconnectInitialDelay " + reconnectInitialDelay);
        }
        if (uri.getPort() < 1) {
            throw new IllegalArgumentException("endpointUrl must name a port: " + endpointUrl);
        }
    }

    /** Starts a configuration for an endpoint, with security None, anonymous, and every default. */
    public static Builder builder(String endpointUrl, Path pkiDirectory) {
        return new Builder(endpointUrl, pkiDirectory);
    }

    /** The host part of {@link #endpointUrl()}. */
    public String host() {
        return parseEndpoint(endpointUrl).getHost();
    }

    /** The port of {@link #endpointUrl()}. */
    public int port() {
        return parseEndpoint(endpointUrl).getPort();
    }

    @Override
    public String toString() {
        return "OpcUaSourceConfig[" + endpointUrl + ", security=" + security + ", username=" + username.orElse("-")
                + ", password=" + (password.isPresent() ? "***" : "-") + ", pki=" + pkiDirectory + ", nodes="
                + nodes.size() + ", publishingInterval=" + publishingInterval + ", reconnect=" + reconnectInitialDelay
                + ".." + reconnectMaxDelay + ", failedRetryDelay=" + failedRetryDelay + ']';
    }

    private static URI parseEndpoint(String endpointUrl) {
        URI uri;
        try {
            uri = URI.create(endpointUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("endpointUrl is not a URL: '" + endpointUrl + "'", e);
        }
        if (!"opc.tcp".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("endpointUrl must look like opc.tcp://host:port/path, was '"
                    + endpointUrl + "'");
        }
        return uri;
    }

    private static void requirePositive(Duration value, String name) {
        if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be more than zero, was " + value);
        }
    }

    /** Collects the settings of an {@link OpcUaSourceConfig}; {@link #build()} validates them. */
    public static final class Builder {
        private final String endpointUrl;
        private final Path pkiDirectory;
        private OpcUaSecurity security = OpcUaSecurity.NONE;
        private Optional<String> username = Optional.empty();
        private Optional<String> password = Optional.empty();
        private String keyStorePassword = "millwright";
        private String applicationUri = "urn:millwright:opcua-client";
        private final List<MonitoredNode> nodes = new ArrayList<>();
        private Duration publishingInterval = Duration.ofSeconds(1);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration keepAliveInterval = Duration.ofSeconds(5);
        private Duration reconnectInitialDelay = Duration.ofSeconds(1);
        private Duration reconnectMaxDelay = Duration.ofSeconds(60);
        private Duration failedRetryDelay = Duration.ofMinutes(5);

        private Builder(String endpointUrl, Path pkiDirectory) {
            this.endpointUrl = endpointUrl;
            this.pkiDirectory = pkiDirectory;
        }

        /** Requested message security; default {@link OpcUaSecurity#NONE}. */
        public Builder security(OpcUaSecurity value) {
            this.security = value;
            return this;
        }

        /** User name and password; default anonymous. */
        public Builder credentials(String user, String secret) {
            this.username = Optional.of(user);
            this.password = Optional.of(secret);
            return this;
        }

        /** Password of {@code <pki>/client.p12}; default {@code millwright}. */
        public Builder keyStorePassword(String value) {
            this.keyStorePassword = value;
            return this;
        }

        /** This client's application URI; default {@code urn:millwright:opcua-client}. */
        public Builder applicationUri(String value) {
            this.applicationUri = value;
            return this;
        }

        /** Adds a node to subscribe to. */
        public Builder node(MonitoredNode node) {
            this.nodes.add(Objects.requireNonNull(node, "node"));
            return this;
        }

        /** How often the server publishes notifications; default 1 s. */
        public Builder publishingInterval(Duration value) {
            this.publishingInterval = value;
            return this;
        }

        /** Limit for one connection attempt; default 10 s. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /** Session keep-alive check interval; default 5 s. */
        public Builder keepAliveInterval(Duration value) {
            this.keepAliveInterval = value;
            return this;
        }

        /** Reconnect backoff: first delay and cap; default 1 s doubling to 60 s. */
        public Builder reconnectDelays(Duration initial, Duration max) {
            this.reconnectInitialDelay = initial;
            this.reconnectMaxDelay = max;
            return this;
        }

        /** Retry delay while failed on credentials or certificate; default 5 min. */
        public Builder failedRetryDelay(Duration value) {
            this.failedRetryDelay = value;
            return this;
        }

        /** Validates and creates the configuration. */
        public OpcUaSourceConfig build() {
            return new OpcUaSourceConfig(endpointUrl, security, username, password, pkiDirectory, keyStorePassword,
                    applicationUri, nodes, publishingInterval, connectTimeout, keepAliveInterval,
                    reconnectInitialDelay, reconnectMaxDelay, failedRetryDelay);
        }
    }
}
