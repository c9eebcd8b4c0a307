package org.millwright.edge.internal.forward;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.millwright.edge.config.EdgeConfig;
import org.millwright.edge.internal.buffer.BufferedSample;
import org.millwright.edge.internal.buffer.SampleBuffer;
import org.millwright.edge.internal.mqtt.PersistentClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the buffer to the hub's broker over MQTT 5 with QoS 1 and a persistent session, and removes a row only
 * after the broker's PUBACK for it.
 *
 * <p><b>Live and backlog.</b> Live rows (buffered while connected) are published as soon as they are buffered,
 * in buffering order. Backlog rows (everything buffered while disconnected, and whatever was still unacknowledged
 * at the disconnect or found in the file at start) are published oldest first, flagged {@code "hist":true}, at
 * most {@link EdgeConfig.Backfill#rate()} per second, beside the live ones. Each stream is in sequence order per
 * source. At every new connection the backlog is read again from its oldest row, so a row whose PUBACK was lost
 * is sent again: the hub drops such duplicates by (source, sequence).
 *
 * <p>Threads: one loop thread ({@code millwright-edge-forwarder}) reads the buffer and publishes; PUBACKs arrive
 * on the MQTT client's threads, which only queue the row id; the loop removes acknowledged rows in batches.
 */
public final class Forwarder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);
    private static final long IDLE_WAIT_MILLIS = 25;

    private final EdgeConfig.Hub hub;
    private final SampleBuffer buffer;
    private final Clock clock;
    private final PersistentClient connection;
    private final BackfillRate rate;
    private final double backfillRate;
    private final Thread loop;
    private final ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong forwardedHistorical = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean connected;
    private volatile boolean running = true;

    // Owned by the loop thread.
    private long seenConnections;
    private long liveCursor;
    private long backlogCursor;
    private Instant backfillStartedAt;
    private long backfillSent;

    public Forwarder(EdgeConfig.Hub hub, EdgeConfig.Backfill backfill, SampleBuffer buffer, Clock clock) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.buffer = Objects.requireNonNull(buffer, "buffer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backfillRate = backfill.rate();
        this.rate = new BackfillRate(backfill.rate(), clock);
        this.connection = new PersistentClient(hub.host(), hub.port(), hub.clientId(), hub.username(), hub.password(),
                hub.sessionExpiry(), hub.keepAlive(), hub.connectTimeout(), hub.reconnectMaxDelay(),
                new PersistentClient.Events() {
                    @Override
                    public void connected(boolean sessionPresent) {
                        onConnected(sessionPresent);
                    }

                    @Override
                    public void disconnected(Throwable cause, int attempt, Duration retryIn) {
                        onDisconnected(cause, attempt, retryIn);
                    }
                });
        this.loop = new Thread(this::run, "millwright-edge-forwarder");
        this.loop.setDaemon(true);
    }

    /** Starts the loop and connecting; returns at once. */
    public void start() {
        loop.start();
        connection.connect();
        LOG.info("Forwarding to hub broker {} as {} (QoS 1, session expiry {}, backfill {} samples/s)", hub.address(),
                hub.clientId(), hub.sessionExpiry(), backfillRate);
    }

    private void onConnected(boolean sessionPresent) {
        buffer.goLive();
        connected = true;
        connections.incrementAndGet();
        SampleBuffer.Stats stats = buffer.stats();
        LOG.info("Connected to hub broker {} (session present: {}); {} samples buffered, {} of them backlog",
                hub.address(), sessionPresent, stats.rows(), stats.backlogRows());
        signal();
    }

    private void onDisconnected(Throwable cause, int attempt, Duration retryIn) {
        boolean wasConnected = connected;
        connected = false;
        buffer.goOffline();
        if (wasConnected) {
            LOG.warn("Disconnected from hub broker {} ({}); buffering, {} samples waiting", hub.address(),
                    cause.toString(), buffer.stats().rows());
        }
        LOG.info("No connection to hub broker {} ({}); attempt {} in {} ms", hub.address(), cause.getMessage(),
                attempt, retryIn.toMillis());
        signal();
    }

    private void run() {
        while (running) {
            try {
                removeAcknowledged();
                boolean busy = connected && forward();
                if (!busy) {
                    await(IDLE_WAIT_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Forwarding failed; retrying", e);
                try {
                    await(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One round: live first, then backlog within the rate. Returns whether anything was published. */
    private boolean forward() {
        long connection = connections.get();
        if (connection != seenConnections) {
            seenConnections = connection;
            backlogCursor = 0;
            rate.reset();
            startBackfillIfAny();
        }
        int room = hub.maxInFlight() - inFlight.get();
        int published = 0;
        if (room > 0) {
            for (BufferedSample row : buffer.live(liveCursor, room)) {
                publish(row, false);
                liveCursor = row.id();
                published++;
            }
        }
        room = hub.maxInFlight() - inFlight.get();
        int permits = Math.min(room, rate.available());
        if (permits > 0) {
            List<BufferedSample> rows = buffer.backlog(backlogCursor, permits);
            for (BufferedSample row : rows) {
                publish(row, true);
                backlogCursor = row.id();
                backfillSent++;
            }
            rate.take(rows.size());
            published += rows.size();
        }
        finishBackfillIfDone();
        return published > 0;
    }

    private void startBackfillIfAny() {
        long backlog = buffer.stats().backlogRows();
        if (backlogIsOpen()) {
            LOG.info("Backfill interrupted by the disconnect: {} samples sent, {} left", backfillSent, backlog);
        }
        if (backlog > 0) {
            backfillStartedAt = clock.instant();
            backfillSent = 0;
            LOG.info("Backfill started: {} backlog samples, oldest first, at {} samples/s beside live data", backlog,
                    backfillRate);
        } else {
            backfillStartedAt = null;
        }
    }

    private void finishBackfillIfDone() {
        if (backlogIsOpen() && buffer.stats().backlogRows() == 0) {
            LOG.info("Backfill finished: {} samples sent in {} s", backfillSent,
                    Duration.between(backfillStartedAt, clock.instant()).toMillis() / 1000.0);
            backfillStartedAt = null;
        }
    }

    private boolean backlogIsOpen() {
        return backfillStartedAt != null;
    }

    private void publish(BufferedSample row, boolean historical) {
        inFlight.incrementAndGet();
        connection.client().publishWith()
                .topic(row.topic())
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(row.payloadBytes(historical))
                .send()
                .whenComplete((result, failure) -> onPublished(row, historical, result, failure));
    }

    private void onPublished(BufferedSample row, boolean historical, Mqtt5PublishResult result, Throwable failure) {
        inFlight.decrementAndGet();
        Throwable error = failure != null ? failure : result.getError().orElse(null);
        if (error == null) {
            acknowledged.add(row.id());
            forwarded.incrementAndGet();
            if (historical) {
                forwardedHistorical.incrementAndGet();
            }
        } else if (failure == null) {
            // the broker answered with an error code: the row stays and goes again with the backlog
            long count = refused.incrementAndGet();
            if (count == 1 || count % 1000 == 0) {
                LOG.error("Hub broker refused sample {} of {} on {} ({}); kept for the next connection, {} refusals",
                        row.seq(), row.source(), row.topic(), error.getMessage(), count);
            }
        }
        signal();
    }

    private void removeAcknowledged() {
        List<Long> ids = new ArrayList<>();
        for (Long id = acknowledged.poll(); id != null; id = acknowledged.poll()) {
            ids.add(id);
        }
        if (!ids.isEmpty()) {
            buffer.remove(ids);
        }
    }

    private void signal() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void await(long millis) throws InterruptedException {
        lock.lock();
        try {
            wake.await(millis, TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }

    /** Whether connected to the hub's broker now. */
    public boolean isConnected() {
        return connected;
    }

    /** Samples acknowledged by the broker since start, and of them historical. */
    public long forwardedCount() {
        return forwarded.get();
    }

    public long forwardedHistoricalCount() {
        return forwardedHistorical.get();
    }

    /** Publishes awaiting PUBACK. */
    public int inFlightCount() {
        return inFlight.get();
    }

    /** Publishes the broker answered with an error code since start. */
    public long refusedCount() {
        return refused.get();
    }

    /** Whether a backfill is running. */
    public boolean backfilling() {
        return backfillStartedAt != null;
    }

    /**
     * Waits until the buffer is empty or {@code timeout} passed (while connected, the loop keeps sending), then
     * stops the loop, removes what was acknowledged and disconnects, keeping the broker session.
     */
    public void close(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (connected && System.nanoTime() < deadline && (buffer.stats().rows() > 0 || inFlight.get() > 0)) {
                await(IDLE_WAIT_MILLIS);
            }
            running = false;
            signal();
            loop.join(TimeUnit.NANOSECONDS.toMillis(Math.max(deadline - System.nanoTime(), 0)) + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeAcknowledged();
        connection.close(Duration.ofSeconds(5));
        LOG.info("Forwarder stopped: {} samples forwarded ({} historical), {} still buffered", forwarded.get(),
                forwardedHistorical.get(), buffer.stats().rows());
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
