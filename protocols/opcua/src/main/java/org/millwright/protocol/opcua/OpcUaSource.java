package org.millwright.protocol.opcua;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.millwright.ingest.Pipeline;
import org.millwright.model.Signal;
import org.millwright.protocol.opcua.internal.connection.Backoff;
import org.millwright.protocol.opcua.internal.connection.Connection;
import org.millwright.protocol.opcua.internal.connection.Failure;
import org.millwright.protocol.opcua.internal.security.ClientPki;
import org.millwright.protocol.opcua.internal.values.SignalConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes to the configured variables of one OPC UA server and hands every value to a handler as a
 * canonical {@link Signal}: the source timestamp (else the server timestamp, else the arrival time) becomes
 * {@link Signal#observedAt()}, the status code's severity becomes the {@link org.millwright.model.Quality}.
 * Values without a number (e.g. Bad with no value) or that are not finite are dropped and counted.
 *
 * <p><b>Staying connected.</b> Start-up never blocks: connecting happens on the source's own thread. When
 * the session dies (server restart, network loss, missing keep-alives) the source discards the whole
 * client and reconnects with exponential backoff, creating a new session and re-creating the subscription
 * and its monitored items, so data does not silently stop after a server restart. Wrong credentials or an
 * untrusted server certificate put it in {@link ConnectionState#FAILED} with a message naming the endpoint
 * and what to do, and it retries only every {@link OpcUaSourceConfig#failedRetryDelay()} — except that it
 * tries again within a second once an operator moved the rejected server certificate (to {@code trusted/}).
 *
 * <p><b>Delivery.</b> The handler runs on Milo's delivery thread, one value at a time per subscription.
 * OPC UA has no acknowledgement or redelivery, so nothing is acknowledged: a value the handler throws on
 * is logged and dropped. A slow handler holds back delivery; the server then queues and finally discards
 * the oldest values. To feed the ingest pipeline use {@link #into(Pipeline)}.
 *
 * <p>Thread-safe. Connection state is owned by the source's single thread ({@code millwright-opcua-...}).
 */
public final class OpcUaSource implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpcUaSource.class);
    /** How often a source that failed on an untrusted certificate looks whether it was moved out of rejected/. */
    private static final Duration TRUST_CHECK = Duration.ofSeconds(1);

    private final OpcUaSourceConfig config;
    private final Consumer<Signal> handler;
    private final Clock clock;
    private final ClientPki pki;
    private final Backoff backoff;
    private final ScheduledExecutorService owner;
    private final AtomicReference<ConnectionStatus> status;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    // Owned by the owner thread.
    private Connection connection;
    private long generation;
    private int failures;
    private ScheduledFuture<?> retry;

    private OpcUaSource(OpcUaSourceConfig config, Consumer<Signal> handler, Clock clock, ClientPki pki) {
        this.config = config;
        this.handler = handler;
        this.clock = clock;
        this.pki = pki;
        this.backoff = new Backoff(config.reconnectInitialDelay(), config.reconnectMaxDelay());
        this.status = new AtomicReference<>(new ConnectionStatus(config.endpointUrl(), ConnectionState.CONNECTING,
                Optional.empty(), clock.instant()));
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "millwright-opcua-" + config.host() + "-" + config.port());
            thread.setDaemon(true);
            return thread;
        });
        // A pending (possibly minutes away) retry must not hold up close().
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.owner = executor;
    }

    /**
     * Creates the source and starts connecting in the background; returns at once.
     *
     * @throws IllegalArgumentException when a node id is not in OPC UA string form
     * @throws IllegalStateException    when the PKI folder cannot be created or read
     */
    public static OpcUaSource start(OpcUaSourceConfig config, Consumer<Signal> handler, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(clock, "clock");
        for (MonitoredNode node : config.nodes()) {
            if (NodeId.parseSafe(node.nodeId()).isEmpty()) {
                throw new IllegalArgumentException("node id '" + node.nodeId() + "' for " + config.endpointUrl()
                        + " is not in OPC UA string form, e.g. ns=2;s=Line1/Motor1/Vibration");
            }
        }
        ClientPki pki = ClientPki.open(config.pkiDirectory(), config.keyStorePassword(), config.applicationUri());
        OpcUaSource source = new OpcUaSource(config, handler, clock, pki);
        LOG.info("Starting OPC UA source {}", config);
        source.owner.execute(source::attempt);
        return source;
    }

    /**
     * A handler that submits each signal to the ingest pipeline. The acknowledgement is a no-op because
     * OPC UA cannot redeliver; {@link Pipeline#submit} blocks on backpressure, which slows delivery.
     */
    public static Consumer<Signal> into(Pipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        return signal -> pipeline.submit(signal, () -> { });
    }

    /** The current connection state, with the last error while not connected. */
    public ConnectionStatus state() {
        return status.get();
    }

    /** Signals handed to the handler without it throwing, since start. */
    public long deliveredCount() {
        return delivered.get();
    }

    /** Values dropped since start: not convertible to a signal, or the handler threw. */
    public long droppedCount() {
        return dropped.get();
    }

    /** The configuration this source runs with. */
    public OpcUaSourceConfig config() {
        return config;
    }

    private void attempt() {
        if (closed) {
            return;
        }
        pki.rejected().takeLastRejected();
        pki.reloadTrustList();
        long attemptGeneration = ++generation;
        AtomicBoolean reported = new AtomicBoolean();
        Runnable lost = () -> {
            if (reported.compareAndSet(false, true) && !closed) {
                owner.execute(() -> onLost(attemptGeneration));
            }
        };
        try {
            connection = Connection.open(config, pki, this::deliver, lost);
            failures = 0;
            Optional<String> problems = connection.itemProblems().isEmpty() ? Optional.empty()
                    : Optional.of(String.join("; ", connection.itemProblems()));
            setState(ConnectionState.CONNECTED, problems);
            LOG.info("Connected to OPC UA server {} and subscribed to {} node(s)", config.endpointUrl(),
                    config.nodes().size());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return;
            }
            Optional<Path> rejected = pki.rejected().takeLastRejected();
            Failure failure = Failure.classify(config.endpointUrl(), e, rejected, pki.trustedDirectory(),
                    config.failedRetryDelay());
            if (failure.permanent()) {
                LOG.error("{}", failure.message());
                setState(ConnectionState.FAILED, Optional.of(failure.message()));
                schedule(config.failedRetryDelay());
                rejected.ifPresent(file -> watchTrust(file, attemptGeneration));
            } else {
                Duration delay = backoff.delay(failures++);
                LOG.warn("{}; retrying in {}", failure.message(), delay);
                setState(ConnectionState.RECONNECTING, Optional.of(failure.message()));
                schedule(delay);
            }
        }
    }

    private void onLost(long lostGeneration) {
        if (closed || connection == null || lostGeneration != generation) {
            return;
        }
        String message = "connection to OPC UA server " + config.endpointUrl() + " lost";
        LOG.warn("{}; reconnecting and re-creating the subscription", message);
        setState(ConnectionState.RECONNECTING, Optional.of(message));
        connection.close();
        connection = null;
        schedule(backoff.delay(failures++));
    }

    private void schedule(Duration delay) {
        if (!closed) {
            retry = owner.schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * While the attempt that rejected {@code file} is the latest, looks every {@link #TRUST_CHECK} whether an
     * operator moved it out of {@code rejected/} (into {@code trusted/}, or away), and then tries again at once
     * instead of after {@link OpcUaSourceConfig#failedRetryDelay()}: trusting a server takes effect in seconds.
     */
    private void watchTrust(Path file, long failedGeneration) {
        if (closed || failedGeneration != generation) {
            return;
        }
        if (Files.exists(file)) {
            owner.schedule(() -> watchTrust(file, failedGeneration), TRUST_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        retry.cancel(false);
        LOG.info("The rejected certificate {} of {} was moved; connecting again", file, config.endpointUrl());
        attempt();
    }

    private void deliver(MonitoredNode node, DataValue value) {
        SignalConverter.Conversion conversion = SignalConverter.convert(node.asset(), node.type(), value,
                clock.instant());
        if (conversion.signal().isEmpty()) {
            dropped.incrementAndGet();
            LOG.debug("Dropped a value of {} from {}: {}", node.nodeId(), config.endpointUrl(),
                    conversion.dropReason());
            return;
        }
        try {
            handler.accept(conversion.signal().get());
            delivered.incrementAndGet();
        } catch (RuntimeException e) {
            dropped.incrementAndGet();
            LOG.warn("Handler failed on a value of {} from {}; it is dropped (OPC UA cannot redeliver)",
                    node.nodeId(), config.endpointUrl(), e);
        }
    }

    private void setState(ConnectionState state, Optional<String> error) {
        status.set(new ConnectionStatus(config.endpointUrl(), state, error, clock.instant()));
    }

    /** Disconnects and stops reconnecting. Idempotent; waits up to a few seconds for the disconnect. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        owner.execute(() -> {
            if (connection != null) {
                connection.close();
                connection = null;
            }
            pki.close();
            setState(ConnectionState.CLOSED, Optional.empty());
        });
        owner.shutdown();
        try {
            if (!owner.awaitTermination(15, TimeUnit.SECONDS)) {
                LOG.warn("OPC UA source {} did not stop within 15 s", config.endpointUrl());
                owner.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            owner.shutdownNow();
        }
    }

    /** Where rejected server certificates of this source are written (for messages and the console). */
    public Path rejectedCertificatesDirectory() {
        return pki.rejected().directory();
    }
}
