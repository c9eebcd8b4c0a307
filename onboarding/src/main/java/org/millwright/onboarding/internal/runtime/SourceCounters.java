package org.millwright.onboarding.internal.runtime;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What one source took in since it started; written by protocol and partition threads, read by anyone. */
public final class SourceCounters {
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicReference<Instant> lastSampleAt = new AtomicReference<>();

    void received() {
        received.incrementAndGet();
    }

    void handled() {
        handled.incrementAndGet();
    }

    void rejected() {
        rejected.incrementAndGet();
    }

    void accepted(Instant at) {
        lastSampleAt.set(at);
    }

    public long receivedCount() {
        return received.get();
    }

    public long handledCount() {
        return handled.get();
    }

    public long rejectedCount() {
        return rejected.get();
    }

    public Optional<Instant> lastSampleAt() {
        return Optional.ofNullable(lastSampleAt.get());
    }
}
