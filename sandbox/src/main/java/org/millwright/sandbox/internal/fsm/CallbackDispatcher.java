package org.millwright.sandbox.internal.fsm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.fsm.AssignmentStore.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field-service scheduler. One thread sweeps the database: assignments whose due time has come are
 * completed, then every completed assignment whose callback was not yet acknowledged with a 2xx is POSTed to
 * its callback URL; a failure is retried after the retry interval. All state is in the database, so a
 * restarted sandbox carries on where it stopped. Delivery is at least once (a crash between the 2xx and the
 * commit of {@code callbackDeliveredAt} sends it again).
 */
public final class CallbackDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackDispatcher.class);
    private static final int BATCH = 50;
    private static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(5);

    private final Database database;
    private final Clock clock;
    private final Duration retryInterval;
    private final JsonMapper mapper;
    private final AssignmentStore assignments = new AssignmentStore();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-fsm-callbacks");
        thread.setDaemon(true);
        return thread;
    });

    public CallbackDispatcher(Database database, Clock clock, Duration retryInterval, JsonMapper mapper) {
        this.database = database;
        this.clock = clock;
        this.retryInterval = retryInterval;
        this.mapper = mapper;
    }

    /** Starts sweeping every {@code period}. */
    public void start(Duration period) {
        scheduler.scheduleWithFixedDelay(this::sweep, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How often to sweep: often enough for the completion delay and retry interval, at most once a second. */
    public static Duration sweepPeriod(Duration completionDelay, Duration retryInterval) {
        long shortest = Math.min(completionDelay.toMillis(), retryInterval.toMillis());
        return Duration.ofMillis(Math.max(20, Math.min(1_000, shortest / 4)));
    }

    void sweep() {
        try {
            Instant now = now();
            int completed = database.inTransaction(connection -> assignments.completeDue(connection, now));
            if (completed > 0) {
                LOG.info("sandbox fsm completed {} assignment(s)", completed);
            }
            List<Callback> due = database.inTransaction(connection -> assignments.callbacksDue(connection, now, BATCH));
            due.forEach(this::deliver);
        } catch (RuntimeException e) {
            LOG.warn("sandbox fsm sweep failed; next sweep retries", e);
        }
    }

    private void deliver(Callback callback) {
        String id = callback.body().assignmentId();
        String failure;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(callback.url()))
                    .timeout(CALLBACK_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(callback.body())))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                database.inTransaction(connection -> {
                    assignments.markDelivered(connection, id, now());
                    return null;
                });
                LOG.info("sandbox fsm delivered completion of {} to {}", id, callback.url());
                return;
            }
            failure = "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
        } catch (IOException | IllegalArgumentException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Instant next = now().plus(retryInterval);
        String error = failure;
        database.inTransaction(connection -> {
            assignments.markFailed(connection, id, error, next);
            return null;
        });
        LOG.info("sandbox fsm callback of {} to {} failed ({}); retry at {}", id, callback.url(), error, next);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("sandbox fsm scheduler did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
