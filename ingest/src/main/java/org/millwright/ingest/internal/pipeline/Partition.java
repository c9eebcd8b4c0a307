package org.millwright.ingest.internal.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.millwright.ingest.Acknowledgement;
import org.millwright.ingest.SignalHandler;
import org.millwright.model.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One partition of the pipeline: a bounded queue and the single thread that owns it. The owner thread
 * handles entries strictly in queue order; a failing entry is retried with exponential backoff and holds
 * back the entries behind it, so a partition is never reordered and nothing is skipped.
 *
 * <p>Threads: {@link #offer} is called by producers; everything else in {@link #run} by the owner thread.
 * Counters and {@code failingSince} are written by the owner and read by anyone.
 */
public final class Partition {
    private static final Logger LOG = LoggerFactory.getLogger(Partition.class);
    private static final long POLL_MILLIS = 100;

    private final int index;
    private final BlockingQueue<Entry> queue;
    private final SignalHandler handler;
    private final Clock clock;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread owner;
    private volatile boolean draining;
    private volatile Instant failingSince;

    private record Entry(Signal signal, Acknowledgement ack) {
    }

    public Partition(int index, int capacity, SignalHandler handler, Clock clock, Duration initialBackoff,
                     Duration maxBackoff) {
        this.index = index;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.handler = handler;
        this.clock = clock;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.owner = new Thread(this::run, "millwright-ingest-partition-" + index);
        this.owner.setDaemon(true);
        this.owner.setUncaughtExceptionHandler((thread, error) ->
                LOG.error("Partition {} died; its samples are no longer handled", index, error));
    }

    /** Starts the owner thread. */
    public void start() {
        owner.start();
    }

    /** Enqueues, waiting up to {@code timeoutMillis} for room; false when there was none. */
    public boolean offer(Signal signal, Acknowledgement ack, long timeoutMillis) throws InterruptedException {
        return queue.offer(new Entry(signal, ack), timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Asks the owner to finish what is queued and then stop. */
    public void drain() {
        draining = true;
    }

    /** Stops the owner now: a retry in progress is abandoned, queued entries stay unacknowledged. */
    public void abandon() {
        owner.interrupt();
    }

    /** Waits until the owner thread has ended; true if it did within the timeout. */
    public boolean awaitStopped(long timeoutMillis) throws InterruptedException {
        owner.join(Math.max(1, timeoutMillis));
        return !owner.isAlive();
    }

    public int index() {
        return index;
    }

    public int queueDepth() {
        return queue.size();
    }

    public long processed() {
        return processed.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Since when the entry at the head has been failing, while it is. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    private void run() {
        try {
            while (true) {
                Entry entry = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (entry == null) {
                    if (draining) {
                        return;
                    }
                    continue;
                }
                handleUntilDone(entry);
                acknowledge(entry);
            }
        } catch (InterruptedException e) {
            LOG.info("Partition {} stopped early; {} queued samples (and any in hand) stay unacknowledged"
                    + " for the source to redeliver", index, queue.size());
        }
    }

    private void handleUntilDone(Entry entry) throws InterruptedException {
        long delayMillis = initialBackoff.toMillis();
        while (true) {
            try {
                handler.handle(entry.signal());
                processed.incrementAndGet();
                failingSince = null;
                return;
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted() || e instanceof InterruptedException) {
                    throw new InterruptedException("stopped while handling");
                }
                failed.incrementAndGet();
                Signal signal = entry.signal();
                if (failingSince == null) {
                    failingSince = clock.instant();
                    LOG.warn("Partition {}: handling {} {} of {} failed; retrying in {} ms", index,
                            signal.type().wireName(), signal.observedAt(), signal.asset(), delayMillis, e);
                } else {
                    LOG.warn("Partition {}: handling {} {} of {} failed again ({}); retrying in {} ms", index,
                            signal.type().wireName(), signal.observedAt(), signal.asset(), e.toString(),
                            delayMillis);
                }
                Thread.sleep(delayMillis);
                delayMillis = Math.min(delayMillis * 2, maxBackoff.toMillis());
            }
        }
    }

    private void acknowledge(Entry entry) {
        try {
            entry.ack().acknowledge();
        } catch (RuntimeException e) {
            LOG.warn("Partition {}: acknowledging {} of {} failed; the source may redeliver it", index,
                    entry.signal().type().wireName(), entry.signal().asset(), e);
        }
    }
}
