package org.millwright.console.internal.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action after {@link #fire()}, at most once per minimum interval, however often it is fired: fires
 * that arrive while a run is already scheduled are folded into it. A fire that arrives while the action is
 * running schedules one more run, so the last change is always followed by a run.
 *
 * <p>{@link #fire()} may be called from any thread; the action runs on the scheduler's thread.
 */
final class CoalescingTrigger {

    /** Runs a task once after a delay. */
    @FunctionalInterface
    interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    private final Clock clock;
    private final long minIntervalMillis;
    private final Scheduler scheduler;
    private final Runnable action;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRunMillis = Long.MIN_VALUE;

    CoalescingTrigger(Clock clock, Duration minInterval, Scheduler scheduler, Runnable action) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.minIntervalMillis = Objects.requireNonNull(minInterval, "minInterval").toMillis();
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** Asks for a run; returns at once. */
    void fire() {
        if (scheduled.compareAndSet(false, true)) {
            long last = lastRunMillis;
            long wait = last == Long.MIN_VALUE ? 0 : Math.max(0, last + minIntervalMillis - clock.millis());
            scheduler.schedule(this::run, Duration.ofMillis(wait));
        }
    }

    private void run() {
        // Cleared before the action so that a change made while it runs schedules the next run.
        scheduled.set(false);
        lastRunMillis = clock.millis();
        action.run();
    }
}
