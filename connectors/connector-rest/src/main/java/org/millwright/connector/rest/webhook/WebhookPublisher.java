package org.millwright.connector.rest.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.millwright.connector.rest.internal.webhook.CloudEventJson;
import org.millwright.connector.rest.internal.webhook.Signature;
import org.millwright.connector.rest.webhook.spi.WebhookDeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes business events to the subscribers whose event types match, as signed CloudEvents 1.0 JSON
 * ({@code Content-Type: application/cloudevents+json}, {@code X-Millwright-Signature: sha256=<hex HMAC of the body>},
 * {@code X-Millwright-Event-Id}, {@code X-Millwright-Delivery-Attempt}).
 *
 * <p>{@link #publish} never waits for a receiver: each delivery joins a bounded in-memory queue and is sent from the
 * publisher's own thread. A 2xx answer delivers it; no answer, a refused connection, 408, 429 and 5xx are tried again
 * after a doubling backoff (a {@code Retry-After} is honoured) up to {@code maxAttempts}; any other status means the
 * receiver rejects it. A delivery given up on — attempts spent, rejected, refused by a full queue, or still queued
 * at {@link #close} — is logged ({@code dropped after N attempts}), counted and handed to the
 * {@link WebhookDeadLetters}; nothing is lost silently. Every attempt of an event carries the same body and id, so
 * receivers dedupe by id.
 *
 * <p>Metrics: counter {@code millwright.webhook.deliveries{subscriber, outcome}} (outcome {@code delivered},
 * {@code retried}, {@code dropped}) and gauge {@code millwright.webhook.pending}. Thread-safe.
 */
public final class WebhookPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookPublisher.class);
    private static final int MAX_TEXT = 300;

    /** One event on its way to one subscriber; {@code number} tells it apart, {@code attempt} counts attempts made. */
    private record Delivery(long number, WebhookSubscriber subscriber, String eventId, String eventType, byte[] body,
                            int attempt) {
        Delivery next() {
            return new Delivery(number, subscriber, eventId, eventType, body, attempt + 1);
        }
    }

    /** How one attempt ended. {@code retryAfter} is the receiver's wish, if it said one. */
    private record Outcome(boolean delivered, boolean retriable, String text, Optional<Duration> retryAfter) {
    }

    private final WebhookSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final WebhookDeadLetters deadLetters;
    private final HttpClient client;
    /** The one delivery thread: sends attempts, handles their outcomes, waits out backoffs, calls the dead letters. */
    private final ScheduledThreadPoolExecutor thread;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong numbers = new AtomicLong();
    /** Deliveries accepted and not yet finished, by number, at their latest attempt. */
    private final Map<Long, Delivery> unfinished = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public WebhookPublisher(WebhookSettings settings, Clock clock, MeterRegistry meters,
                            WebhookDeadLetters deadLetters) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.thread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread delivery = new Thread(runnable, "millwright-webhooks");
            delivery.setDaemon(true);
            return delivery;
        });
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        Gauge.builder("millwright.webhook.pending", pending, AtomicInteger::get)
                .description("webhook deliveries queued, in flight or waiting to retry").register(meters);
    }

    /**
     * Queues the event for every subscriber of its type and returns at once.
     *
     * @return the event's CloudEvents id (stable: the same source, type and key give the same id)
     * @throws IllegalArgumentException when the data cannot be written as JSON
     */
    public String publish(BusinessEvent event) {
        Objects.requireNonNull(event, "event");
        String id = CloudEventJson.id(settings.source(), event.type(), event.key());
        List<WebhookSubscriber> subscribers = settings.subscribers().stream()
                .filter(subscriber -> subscriber.accepts(event.type())).toList();
        if (!subscribers.isEmpty()) {
            byte[] body = CloudEventJson.envelope(settings.source(), id, event);
            subscribers.forEach(subscriber -> enqueue(new Delivery(numbers.incrementAndGet(), subscriber, id,
                    event.type(), body, 0)));
        }
        return id;
    }

    /**
     * Sends a dead letter again, as it was (same body and id), to its subscriber as now configured.
     *
     * @throws IllegalArgumentException when no subscriber of that name is configured any more
     */
    public void redeliver(UndeliveredWebhook webhook) {
        WebhookSubscriber subscriber = settings.subscribers().stream()
                .filter(candidate -> candidate.name().equals(webhook.subscriber())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subscriber " + webhook.subscriber()
                        + " is configured any more"));
        enqueue(new Delivery(numbers.incrementAndGet(), subscriber, webhook.eventId(), webhook.eventType(),
                webhook.body().getBytes(StandardCharsets.UTF_8), 0));
    }

    /** Deliveries queued, in flight or waiting to retry. */
    public int pending() {
        return pending.get();
    }

    /** Stops delivering; what is still queued or waiting to retry goes to the dead letters. */
    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
        for (Delivery delivery : List.copyOf(unfinished.values())) {
            if (done(delivery)) {
                deadLetter(delivery, "the publisher closed before it was delivered");
            }
        }
    }

    private void enqueue(Delivery delivery) {
        if (closed) {
            deadLetter(delivery, "the publisher is closed");
            return;
        }
        if (pending.incrementAndGet() > settings.queueCapacity()) {
            pending.decrementAndGet();
            String reason = "the queue is full (" + settings.queueCapacity() + " deliveries pending)";
            if (!onThread(() -> deadLetter(delivery, reason))) {
                deadLetter(delivery, reason);
            }
            return;
        }
        unfinished.put(delivery.number(), delivery);
        if (!onThread(() -> attempt(delivery.next())) && done(delivery)) {
            deadLetter(delivery, "the publisher is closed");
        }
    }

    /** On the delivery thread: sends one attempt; its outcome comes back to this thread. */
    private void attempt(Delivery delivery) {
        if (unfinished.replace(delivery.number(), delivery) == null) {
            return;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(delivery.subscriber().url()).timeout(settings.timeout())
                    .header("Content-Type", CloudEventJson.CONTENT_TYPE)
                    .header(Signature.HEADER, Signature.sign(delivery.body(), delivery.subscriber().secret()))
                    .header("X-Millwright-Event-Id", delivery.eventId())
                    .header("X-Millwright-Delivery-Attempt", Integer.toString(delivery.attempt()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body())).build();
            // if the publisher closes meanwhile, close() hands the delivery to the dead letters
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) ->
                    onThread(() -> finish(delivery, outcome(response, failure))));
        } catch (RuntimeException e) {
            finish(delivery, new Outcome(false, false, "cannot send: " + e, Optional.empty()));
        }
    }

    private void finish(Delivery delivery, Outcome outcome) {
        String subscriber = delivery.subscriber().name();
        if (!unfinished.containsKey(delivery.number())) {
            return;
        }
        if (outcome.delivered()) {
            done(delivery);
            counter(subscriber, "delivered").increment();
            LOG.debug("webhook {} ({}) delivered to {} on attempt {}", delivery.eventId(), delivery.eventType(),
                    subscriber, delivery.attempt());
        } else if (outcome.retriable() && delivery.attempt() < settings.maxAttempts()) {
            counter(subscriber, "retried").increment();
            Duration wait = backoff(delivery.attempt(), outcome.retryAfter());
            LOG.info("webhook {} ({}) to {}: attempt {} of {} failed ({}); next in {} ms", delivery.eventId(),
                    delivery.eventType(), subscriber, delivery.attempt(), settings.maxAttempts(), outcome.text(),
                    wait.toMillis());
            thread.schedule(() -> attempt(delivery.next()), wait.toMillis(), TimeUnit.MILLISECONDS);
        } else if (done(delivery)) {
            deadLetter(delivery, outcome.retriable() ? outcome.text() : "rejected by the receiver: " + outcome.text());
        }
    }

    private static Outcome outcome(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            String text = cause instanceof HttpTimeoutException ? "no answer in time" : cause.toString();
            return new Outcome(false, true, text, Optional.empty());
        }
        int status = response.statusCode();
        if (status >= 200 && status <= 299) {
            return new Outcome(true, false, "HTTP " + status, Optional.empty());
        }
        String body = response.body() == null ? "" : response.body().strip();
        String text = "HTTP " + status + (body.isEmpty() ? "" : ": " + (body.length() > MAX_TEXT
                ? body.substring(0, MAX_TEXT) + "..." : body));
        boolean retriable = status == 408 || status == 429 || status >= 500;
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())));
        return new Outcome(false, retriable, text, retryAfter);
    }

    /** The wait after attempt n: initial × 2^(n-1), at least what the receiver asked, at most the maximum. */
    private Duration backoff(int attempt, Optional<Duration> retryAfter) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get();
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    /** Finishes a delivery once; false when it was finished already (by {@link #close}, say). */
    private boolean done(Delivery delivery) {
        if (unfinished.remove(delivery.number()) == null) {
            return false;
        }
        pending.decrementAndGet();
        return true;
    }

    private void deadLetter(Delivery delivery, String reason) {
        String subscriber = delivery.subscriber().name();
        counter(subscriber, "dropped").increment();
        LOG.warn("webhook {} ({}) to {} dropped after {} attempts: {}", delivery.eventId(), delivery.eventType(),
                subscriber, delivery.attempt(), reason);
        try {
            deadLetters.accept(new UndeliveredWebhook(subscriber, delivery.subscriber().url(), delivery.eventId(),
                    delivery.eventType(), new String(delivery.body(), StandardCharsets.UTF_8), delivery.attempt(),
                    reason, clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("webhook {} to {}: the dead letters refused it; it is lost", delivery.eventId(), subscriber, e);
        }
    }

    /** Runs the task on the delivery thread; false when the publisher closed meanwhile. */
    private boolean onThread(Runnable task) {
        try {
            thread.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private Counter counter(String subscriber, String outcome) {
        return counters.computeIfAbsent(subscriber + '\n' + outcome, key -> Counter
                .builder("millwright.webhook.deliveries").tag("subscriber", subscriber).tag("outcome", outcome)
                .description("webhook deliveries by how they ended (retried: an attempt failed and another follows)")
                .register(meters));
    }
}
