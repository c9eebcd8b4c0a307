package org.millwright.console.internal.stream;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.millwright.console.ConsoleProperties;
import org.millwright.console.ConsoleUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@link ConsoleUpdates} that pushes SSE events named {@code assets} and {@code episodes} to every subscribed
 * page, coalesced per kind, with a heartbeat comment in between.
 *
 * <p>Threading: every send to an emitter happens on the single thread {@code millwright-console-sse}; the
 * emitter list is a copy-on-write list shared with request threads (subscribe) and container threads
 * (completion callbacks). Stopped before the web server's graceful shutdown so open streams do not hold it up.
 */
public final class SseConsoleUpdates implements ConsoleUpdates, SmartLifecycle, DisposableBean {

    static final String ASSETS = "assets";
    static final String EPISODES = "episodes";
    private static final Logger LOG = LoggerFactory.getLogger(SseConsoleUpdates.class);

    private final Clock clock;
    private final ConsoleProperties properties;
    private final ScheduledExecutorService sender;
    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final CoalescingTrigger assets;
    private final CoalescingTrigger episodes;
    private volatile ScheduledFuture<?> heartbeat;

    /** Creates the sender thread; heartbeats start with the application context. */
    public SseConsoleUpdates(Clock clock, ConsoleProperties properties) {
        this.clock = clock;
        this.properties = properties;
        this.sender = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "millwright-console-sse");
            thread.setDaemon(true);
            return thread;
        });
        this.assets = new CoalescingTrigger(clock, properties.minPushInterval(), this::schedule,
                () -> broadcast(ASSETS));
        this.episodes = new CoalescingTrigger(clock, properties.minPushInterval(), this::schedule,
                () -> broadcast(EPISODES));
    }

    @Override
    public void assetsChanged() {
        assets.fire();
    }

    @Override
    public void episodesChanged() {
        episodes.fire();
    }

    /**
     * A new stream for one page. Its first events ask the page to refresh everything, so a page that
     * reconnects after a lost connection catches up on what it missed.
     */
    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        emitter.onCompletion(() -> remove(emitter));
        emitter.onTimeout(() -> remove(emitter));
        emitter.onError(error -> remove(emitter));
        emitters.add(emitter);
        LOG.debug("Console stream opened, {} open", emitters.size());
        execute(() -> {
            send(emitter, ASSETS);
            send(emitter, EPISODES);
        });
        return emitter;
    }

    /** How many streams are open (for metrics and tests). */
    public int subscribers() {
        return emitters.size();
    }

    private void broadcast(String kind) {
        for (SseEmitter emitter : emitters) {
            send(emitter, kind);
        }
    }

    private void send(SseEmitter emitter, String kind) {
        deliver(emitter, SseEmitter.event().name(kind).data(clock.instant().toString()));
    }

    private void heartbeat() {
        for (SseEmitter emitter : emitters) {
            deliver(emitter, SseEmitter.event().comment("heartbeat"));
        }
    }

    private void deliver(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        if (!emitters.contains(emitter)) {
            return;
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // The client went away; the container completes the emitter itself.
            LOG.debug("Console stream closed while sending: {}", e.toString());
            remove(emitter);
        }
    }

    private void remove(SseEmitter emitter) {
        if (emitters.remove(emitter)) {
            LOG.debug("Console stream closed, {} open", emitters.size());
        }
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            sender.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Console update dropped during shutdown");
        }
    }

    private void execute(Runnable task) {
        schedule(task, Duration.ZERO);
    }

    @Override
    public void start() {
        long period = properties.heartbeat().toMillis();
        heartbeat = sender.scheduleWithFixedDelay(this::heartbeat, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = heartbeat;
        heartbeat = null;
        if (running != null) {
            running.cancel(false);
        }
        for (SseEmitter emitter : emitters) {
            emitters.remove(emitter);
            emitter.complete();
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    @Override
    public void destroy() {
        stop();
        sender.shutdownNow();
    }
}
