package org.millwright.onboarding.internal.runtime;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.millwright.onboarding.SourceState;
import org.millwright.onboarding.SourceStatus;
import org.millwright.onboarding.internal.config.SourceSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a protocol client whose start blocks and fails when it cannot connect (the MQTT source, the Sparkplug host):
 * starts it on the shared executor, and after a failure records the reason and tries again with backoff, so that a
 * plant whose broker is down at start-up connects once it is up. Once started, the client reconnects by itself;
 * this only reports whether it is connected.
 *
 * @param <C> the client
 */
public final class Supervised<C extends AutoCloseable> {
    private static final Logger LOG = LoggerFactory.getLogger(Supervised.class);

    /** A state with its reason and since when. */
    public record State(SourceState state, Optional<String> reason, Instant since) {
    }

    private final String what;
    private final RunnerContext context;
    private final Callable<C> connect;
    private final Predicate<C> connected;
    private final Function<C, Optional<String>> lastError;
    private C client;
    private State state;
    private int failures;
    private ScheduledFuture<?> retry;
    private boolean closed;

    /**
     * Starts the first attempt in the background.
     *
     * @param what      names the source in the log, e.g. "plant north, source press-json"
     * @param connect   creates and starts a client, throwing when it could not connect
     * @param connected whether a started client is connected right now
     * @param lastError why a started client lost its connection
     */
    public Supervised(String what, RunnerContext context, Callable<C> connect, Predicate<C> connected,
                      Function<C, Optional<String>> lastError) {
        this.what = what;
        this.context = context;
        this.connect = connect;
        this.connected = connected;
        this.lastError = lastError;
        this.state = new State(SourceState.CONNECTING, Optional.empty(), context.clock().instant());
        context.executor().execute(this::attempt);
    }

    private void attempt() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        C started;
        try {
            started = connect.call();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failed(e);
            return;
        }
        synchronized (this) {
            if (!closed) {
                client = started;
                failures = 0;
                state = new State(SourceState.CONNECTED, Optional.empty(), context.clock().instant());
                LOG.info("{} connected", what);
                return;
            }
        }
        closeQuietly(started);
    }

    private synchronized void failed(Exception e) {
        if (closed) {
            return;
        }
        var delay = context.retryDelay(failures++);
        String reason = String.valueOf(e.getMessage()) + " (retrying in " + delay + ")";
        LOG.warn("{} could not connect: {}", what, reason);
        state = new State(SourceState.FAILED, Optional.of(reason), context.clock().instant());
        retry = context.executor().schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The state now: a started client is CONNECTED or RECONNECTING (with its last error). */
    public synchronized State state() {
        if (client != null && !closed) {
            boolean up = connected.test(client);
            SourceState now = up ? SourceState.CONNECTED : SourceState.RECONNECTING;
            if (now != state.state()) {
                state = new State(now, up ? Optional.empty() : lastError.apply(client)
                        .or(() -> Optional.of("connection lost; reconnecting")), context.clock().instant());
            }
        }
        return state;
    }

    /** The status of the source this client serves: its state now, with the source's counters. */
    public SourceStatus status(SourceSpec spec, String endpoint, Instant startedAt, SourceCounters counters) {
        State now = state();
        return new SourceStatus(spec.id(), spec.kind(), endpoint, now.state(), now.reason(), now.since(), startedAt,
                counters.receivedCount(), counters.handledCount(), counters.rejectedCount(), counters.lastSampleAt());
    }

    /** Stops retrying and closes the client. Idempotent. */
    public void close() {
        C current;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (retry != null) {
                retry.cancel(false);
            }
            current = client;
            client = null;
            state = new State(SourceState.STOPPED, Optional.empty(), context.clock().instant());
        }
        if (current != null) {
            closeQuietly(current);
        }
    }

    private void closeQuietly(C started) {
        try {
            started.close();
        } catch (Exception e) {
            LOG.warn("{} did not close cleanly", what, e);
        }
    }
}
