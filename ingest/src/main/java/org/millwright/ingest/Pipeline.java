package org.millwright.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.millwright.ingest.internal.pipeline.Partition;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process partitioned pipeline: accepted signals are routed by asset to a fixed number of
 * partitions ({@code hash(assetId) mod partitions}, stable across runs), each owned by one thread with a
 * bounded queue.
 *
 * <ul>
 *   <li><b>Order:</b> the signals of one asset are handled one at a time, in submission order, always on
 *       the same thread, so per-asset state may be confined to it (see {@link SignalHandler}).</li>
 *   <li><b>Backpressure:</b> {@link #submit} blocks while the asset's partition queue is full.</li>
 *   <li><b>At-least-once:</b> a signal's {@link Acknowledgement} runs only after the handler returned
 *       normally. If the handler throws, the same signal is retried with exponential backoff (by default
 *       50 ms doubling to 5 s) and the signals behind it wait; it is never skipped.</li>
 * </ul>
 *
 * <p>Thread-safe. {@link #close} stops intake, lets every partition drain its queue and waits up to a
 * timeout; then it stops the partitions, leaving what is left unacknowledged, hence redeliverable.
 */
public final class Pipeline implements AutoCloseable {
    /** Default first retry delay: 50 ms. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(50);
    /** Default longest retry delay: 5 s. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);
    /** How long {@link #close()} lets the partitions drain. */
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final long OFFER_SLICE_MILLIS = 100;
    private static final long ABANDON_WAIT_MILLIS = 5_000;

    private final List<Partition> partitions;
    private volatile boolean closed;

    private Pipeline(List<Partition> partitions) {
        this.partitions = List.copyOf(partitions);
    }

    /** Starts a pipeline with the default retry backoff (50 ms doubling to 5 s). */
    public static Pipeline start(int partitions, int queueCapacity, SignalHandler handler, Clock clock) {
        return start(partitions, queueCapacity, handler, clock, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    /**
     * Starts a pipeline.
     *
     * @param partitions     number of partitions (owner threads), at least 1
     * @param queueCapacity  signals each partition queues before {@link #submit} blocks, at least 1
     * @param handler        called on the partition threads
     * @param clock          for {@link PartitionStatus#failingSince()}
     * @param initialBackoff first retry delay after a handler failure, at least 1 ms
     * @param maxBackoff     the delay doubles up to this, at least {@code initialBackoff}
     */
    public static Pipeline start(int partitions, int queueCapacity, SignalHandler handler, Clock clock,
                                 Duration initialBackoff, Duration maxBackoff) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1, was " + queueCapacity);
        }
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(clock, "clock");
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 1 ms <= initial <= max, was "
                    + initialBackoff + " and " + maxBackoff);
        }
        List<Partition> created = new ArrayList<>(partitions);
        for (int i = 0; i < partitions; i++) {
            created.add(new Partition(i, queueCapacity, handler, clock, initialBackoff, maxBackoff));
        }
        created.forEach(Partition::start);
        return new Pipeline(created);
    }

    /** The partition that owns {@code asset}'s signals; the same for the same asset in every run. */
    public static int partitionOf(AssetId asset, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        return Math.floorMod(asset.value().hashCode(), partitions);
    }

    /** The partition of this pipeline that owns {@code asset}'s signals. */
    public int partitionOf(AssetId asset) {
        return partitionOf(asset, partitions.size());
    }

    /**
     * Queues a signal for its asset's partition, blocking while that queue is full. {@code ack} runs on
     * the partition thread after the handler returned normally.
     *
     * @throws IllegalStateException when the pipeline is closed, or the caller is interrupted while
     *                               waiting; the signal was not queued and {@code ack} will not run
     */
    public void submit(Signal signal, Acknowledgement ack) {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(ack, "ack");
        Partition partition = partitions.get(partitionOf(signal.asset()));
        try {
            while (!closed) {
                if (partition.offer(signal, ack, OFFER_SLICE_MILLIS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for room in partition "
                    + partition.index() + "; the signal was not queued", e);
        }
        throw new IllegalStateException("pipeline is closed; the signal was not queued");
    }

    /** Number of partitions. */
    public int partitions() {
        return partitions.size();
    }

    /** Signals waiting in all partition queues. */
    public int queueDepth() {
        return partitions.stream().mapToInt(Partition::queueDepth).sum();
    }

    /** Signals waiting in one partition's queue. */
    public int queueDepth(int partition) {
        return partitions.get(partition).queueDepth();
    }

    /** Signals handled successfully since start. */
    public long processedCount() {
        return partitions.stream().mapToLong(Partition::processed).sum();
    }

    /** Handler calls that threw since start (each retry counts). */
    public long failedCount() {
        return partitions.stream().mapToLong(Partition::failed).sum();
    }

    /** A snapshot of every partition, in partition order. */
    public List<PartitionStatus> status() {
        return partitions.stream().map(p -> new PartitionStatus(p.index(), p.queueDepth(), p.processed(),
                p.failed(), p.failingSince())).toList();
    }

    /** Closes with {@link #DEFAULT_CLOSE_TIMEOUT}. */
    @Override
    public void close() {
        close(DEFAULT_CLOSE_TIMEOUT);
    }

    /**
     * Stops intake, lets every partition drain its queue for up to {@code timeout}, then stops the
     * partitions that have not finished (interrupting a handler or a retry wait). Idempotent.
     *
     * @return true when every queued signal was handled and acknowledged
     */
    public boolean close(Duration timeout) {
        closed = true;
        partitions.forEach(Partition::drain);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean drained = true;
        try {
            for (Partition partition : partitions) {
                long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
                drained &= partition.awaitStopped(left);
            }
            if (!drained) {
                LOG.warn("Pipeline did not drain within {}; stopping it, unhandled signals stay unacknowledged",
                        timeout);
                partitions.forEach(Partition::abandon);
                for (Partition partition : partitions) {
                    partition.awaitStopped(ABANDON_WAIT_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            partitions.forEach(Partition::abandon);
            return false;
        }
        return drained;
    }
}
