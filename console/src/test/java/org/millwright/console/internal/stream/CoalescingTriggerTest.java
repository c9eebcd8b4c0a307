package org.millwright.console.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CoalescingTriggerTest {

    private final MovableClock clock = new MovableClock();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final CoalescingTrigger trigger = new CoalescingTrigger(clock, Duration.ofMillis(500),
            (task, delay) -> scheduled.add(new Scheduled(task, delay)), runs::incrementAndGet);

    @Test
    void firstFireRunsWithoutDelay() {
        trigger.fire();

        assertThat(scheduled).singleElement().extracting(Scheduled::delay).isEqualTo(Duration.ZERO);
        runNext();
        assertThat(runs).hasValue(1);
    }

    @Test
    void firesWhileARunIsScheduledAreFoldedIntoIt() {
        for (int i = 0; i < 100; i++) {
            trigger.fire();
        }

        assertThat(scheduled).hasSize(1);
        runNext();
        assertThat(runs).hasValue(1);
    }

    @Test
    void nextRunWaitsForTheRestOfTheMinimumInterval() {
        trigger.fire();
        runNext();
        clock.advance(Duration.ofMillis(120));

        trigger.fire();

        assertThat(scheduled).singleElement().extracting(Scheduled::delay).isEqualTo(Duration.ofMillis(380));
    }

    @Test
    void fireAfterTheMinimumIntervalRunsAtOnce() {
        trigger.fire();
        runNext();
        clock.advance(Duration.ofSeconds(2));

        trigger.fire();

        assertThat(scheduled).singleElement().extracting(Scheduled::delay).isEqualTo(Duration.ZERO);
    }

    @Test
    void changeDuringARunSchedulesOneMoreRunSoTheLastChangeIsNotLost() {
        List<Scheduled> inner = new ArrayList<>();
        CoalescingTrigger[] self = new CoalescingTrigger[1];
        self[0] = new CoalescingTrigger(clock, Duration.ofMillis(500),
                (task, delay) -> inner.add(new Scheduled(task, delay)), () -> {
                    if (runs.incrementAndGet() == 1) {
                        self[0].fire();
                    }
                });

        self[0].fire();
        inner.remove(0).task().run();

        assertThat(runs).hasValue(1);
        assertThat(inner).singleElement().extracting(Scheduled::delay).isEqualTo(Duration.ofMillis(500));
        inner.remove(0).task().run();
        assertThat(runs).hasValue(2);
    }

    private void runNext() {
        scheduled.remove(0).task().run();
    }

    private record Scheduled(Runnable task, Duration delay) {
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("not needed");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
