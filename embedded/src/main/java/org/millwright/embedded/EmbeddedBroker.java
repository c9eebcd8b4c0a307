package org.millwright.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.hivemq.embedded.EmbeddedHiveMQ;
import org.millwright.embedded.internal.LoopbackPorts;
import org.millwright.embedded.internal.broker.HiveMqConfigXml;
import org.millwright.embedded.internal.broker.HiveMqLogging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MQTT 3.1.1 and 5 broker (HiveMQ CE embedded) in this JVM, for the hub's single-JVM default mode.
 *
 * <p>Contract:
 * <ul>
 * <li><b>Our configuration only.</b> {@code conf/config.xml} under the base directory is rewritten at every start:
 * one TCP listener on {@link BrokerConfig#bindAddress()}:{@link #port()} (loopback by default), no anonymous usage
 * statistics. Clients connect without authentication.</li>
 * <li><b>Durable.</b> File persistence under {@code data/}: persistent sessions (clean start false, session expiry
 * above 0) and the QoS 1/2 messages the broker accepted for them survive a stop/start and a crash of the JVM.</li>
 * <li><b>Ports.</b> A fixed port must be free on the bind address, otherwise start fails with an
 * {@link EmbeddedStartupException} naming it. Port 0 picks a free port at every start.</li>
 * <li>Start waits until the listener accepts connections, at most {@link BrokerConfig#startTimeout()}; a timeout
 * or failure stops the broker and throws an {@link EmbeddedStartupException}.</li>
 * <li><b>Logging.</b> HiveMQ logs through the host's SLF4J binding; its logging bootstrap (which would reconfigure
 * logback) is disabled. Its chatty loggers are set to WARN unless the host configured them.</li>
 * <li>{@link #close()} stops the broker (a few seconds) and is idempotent.</li>
 * </ul>
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final Duration LISTEN_CHECK_TIMEOUT = Duration.ofSeconds(2);

    private final EmbeddedHiveMQ hiveMq;
    private final String host;
    private final int port;
    private final Duration timeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedBroker(EmbeddedHiveMQ hiveMq, String host, int port, Duration timeout) {
        this.hiveMq = hiveMq;
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    /**
     * Writes the configuration, starts the broker and waits until it accepts connections.
     *
     * @throws EmbeddedStartupException when the address cannot be used, the port is taken, or start-up fails or
     *         exceeds the timeout
     */
    public static EmbeddedBroker start(BrokerConfig config) {
        Objects.requireNonNull(config, "config");
        long started = System.nanoTime();
        InetAddress address = resolve(config.bindAddress());
        int port = config.port() == 0 ? LoopbackPorts.freePort(address) : requireFree(address, config.port());
        Path base = config.baseDirectory().toAbsolutePath().normalize();
        Path conf = createDirectory(base.resolve("conf"));
        Path data = createDirectory(base.resolve("data"));
        Path extensions = createDirectory(base.resolve("extensions"));
        writeConfig(conf, config.bindAddress(), port);
        HiveMqLogging.quietUnlessConfigured();

        EmbeddedHiveMQ hiveMq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(conf)
                .withDataFolder(data)
                .withExtensionsFolder(extensions)
                .withoutLoggingBootstrap()
                .build();
        String where = config.bindAddress() + ":" + port;
        try {
            hiveMq.start().get(config.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            shutDown(hiveMq, config.startTimeout());
            throw new EmbeddedStartupException(
                    "MQTT broker on " + where + " did not start within " + config.startTimeout(), e);
        } catch (ExecutionException e) {
            shutDown(hiveMq, config.startTimeout());
            throw new EmbeddedStartupException(
                    "MQTT broker on " + where + " failed to start: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutDown(hiveMq, config.startTimeout());
            throw new EmbeddedStartupException("interrupted while starting the MQTT broker on " + where, e);
        }
        if (!LoopbackPorts.acceptsConnections(address, port, LISTEN_CHECK_TIMEOUT)) {
            // HiveMQ logs a listener bind failure and keeps running without it.
            shutDown(hiveMq, config.startTimeout());
            throw new EmbeddedStartupException("MQTT broker started but does not accept connections on " + where
                    + "; is the port taken by another process?");
        }
        LOG.info("MQTT broker listening on tcp://{} with data in {} (started in {} ms)", where, data,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new EmbeddedBroker(hiveMq, config.bindAddress(), port, config.startTimeout());
    }

    /** The address the listener is bound to, as configured (e.g. {@code 127.0.0.1}). */
    public String host() {
        return host;
    }

    /** The TCP port the listener is bound to (the picked one when configured with 0). */
    public int port() {
        return port;
    }

    /** Stops the broker, waiting at most the configured timeout. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            shutDown(hiveMq, timeout);
            LOG.info("MQTT broker on {}:{} stopped", host, port);
        }
    }

    private static void shutDown(EmbeddedHiveMQ hiveMq, Duration timeout) {
        try {
            // close() stops the broker and its state-change thread; run it bounded, it has no timeout of its own.
            CompletableFuture.runAsync(() -> closeHiveMq(hiveMq)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("MQTT broker did not stop within {}", timeout);
        } catch (ExecutionException e) {
            LOG.warn("MQTT broker stopped with an error: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while stopping the MQTT broker");
        }
    }

    private static void closeHiveMq(EmbeddedHiveMQ hiveMq) {
        try {
            hiveMq.close();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress resolve(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress);
        } catch (UnknownHostException e) {
            throw new EmbeddedStartupException("MQTT broker bind address " + bindAddress + " is not a known host", e);
        }
    }

    private static int requireFree(InetAddress address, int port) {
        if (!LoopbackPorts.isFree(address, port)) {
            throw new EmbeddedStartupException("MQTT broker port " + port + " on " + address.getHostAddress()
                    + " is already in use by another process; stop it or configure another port");
        }
        return port;
    }

    private static Path createDirectory(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new EmbeddedStartupException("cannot create broker directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void writeConfig(Path conf, String bindAddress, int port) {
        Path file = conf.resolve("config.xml");
        try {
            Files.writeString(file, HiveMqConfigXml.render(bindAddress, port));
        } catch (IOException e) {
            throw new EmbeddedStartupException("cannot write broker configuration " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedBroker[tcp://" + host + ":" + port + "]";
    }
}
