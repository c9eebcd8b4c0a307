package org.millwright.edge.internal.collect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.millwright.edge.internal.buffer.EdgeSample;
import org.millwright.edge.internal.buffer.SampleBuffer;
import org.millwright.edge.internal.filter.SampleFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where collectors hand their samples: each is judged by the {@link SampleFilter}, and those that pass are
 * written to the {@link SampleBuffer} by one writer thread ({@code millwright-edge-writer}) in group commits:
 * whatever queued up while the previous commit ran goes into the next one, so under low load every sample is
 * committed at once and under high load the fsync is shared by many. The callback of an offer runs after its
 * samples are durable (or were refused by the buffer's policy), never before.
 *
 * <p>{@link #offer} blocks while {@value #QUEUE_CAPACITY} offers wait, which slows a collector down rather than
 * holding unbounded samples in memory. A failed write is retried every second; nothing is skipped.
 */
public final class Intake implements AutoCloseable {
    static final int QUEUE_CAPACITY = 4096;
    private static final int MAX_GROUP = 1000;
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final SampleBuffer buffer;
    private final SampleFilter filter;
    private final BlockingQueue<Offer> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread writer;
    private final AtomicLong collected = new AtomicLong();
    private volatile boolean closing;

    private record Offer(List<EdgeSample> samples, Runnable whenStored) {
    }

    public Intake(SampleBuffer buffer, SampleFilter filter) {
        this.buffer = Objects.requireNonNull(buffer, "buffer");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.writer = new Thread(this::write, "millwright-edge-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Filters samples and queues those that pass for the buffer; {@code whenStored} runs on the writer thread
     * once they are stored (at once when none passed).
     *
     * @throws IllegalStateException when the intake is closed, or the caller was interrupted while waiting
     */
    public void offer(List<EdgeSample> samples, Runnable whenStored) {
        if (closing) {
            throw new IllegalStateException("the edge agent is stopping; sample not taken");
        }
        collected.addAndGet(samples.size());
        List<EdgeSample> passing = new ArrayList<>(samples.size());
        for (EdgeSample sample : samples) {
            if (filter.pass(sample)) {
                passing.add(sample);
            }
        }
        if (passing.isEmpty()) {
            whenStored.run();
            return;
        }
        try {
            queue.put(new Offer(passing, whenStored));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for room in the intake", e);
        }
    }

    /** Samples collected since start, before filtering. */
    public long collectedCount() {
        return collected.get();
    }

    /** Samples held back by deadband or downsampling since start. */
    public long filteredCount() {
        return filter.filteredCount();
    }

    private void write() {
        List<Offer> group = new ArrayList<>();
        List<EdgeSample> samples = new ArrayList<>();
        while (!(closing && queue.isEmpty())) {
            try {
                Offer first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                samples.addAll(first.samples());
                while (samples.size() < MAX_GROUP) {
                    Offer more = queue.poll();
                    if (more == null) {
                        break;
                    }
                    group.add(more);
                    samples.addAll(more.samples());
                }
                store(samples);
                group.forEach(offer -> offer.whenStored().run());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("A collector's acknowledgement failed", e);
            } finally {
                group.clear();
                samples.clear();
            }
        }
    }

    private void store(List<EdgeSample> samples) throws InterruptedException {
        while (true) {
            try {
                buffer.append(samples);
                return;
            } catch (IllegalStateException e) {
                LOG.error("{}; retrying in {}", e.getMessage(), RETRY);
                Thread.sleep(RETRY.toMillis());
            }
        }
    }

    /** Takes no more offers, writes what is queued (waiting up to {@code timeout}) and stops the writer. */
    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    public void close(Duration timeout) {
        closing = true;
        try {
            writer.join(timeout.toMillis());
            if (writer.isAlive()) {
                LOG.warn("The buffer writer did not finish within {}; {} offers not written", timeout, queue.size());
                writer.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
