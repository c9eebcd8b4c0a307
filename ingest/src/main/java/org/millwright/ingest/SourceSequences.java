package org.millwright.ingest;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * De-duplicates samples by (source id, sequence number) and detects sequence numbers that will never arrive.
 *
 * <p>A store-and-forward source (the edge agent) numbers every sample it buffers, per source, and sends two
 * streams that are each in sequence order: <em>live</em> samples and <em>historical</em> (backfilled) ones,
 * oldest first. The two interleave, so one high-water mark per source is not enough: the tracker keeps, per
 * source, the set of numbers received as ranges, which merge back into one range once a backfill is complete.
 *
 * <ul>
 *   <li><b>Duplicate:</b> a number already received (a redelivery, or a sample resent after a lost PUBACK).</li>
 *   <li><b>Missing:</b> the historical stream is sent oldest first, so when historical sample {@code h}
 *       arrives, every number below {@code h} not received by then is gone (the edge dropped it, e.g. its
 *       buffer was full): it is counted, logged once per range and reported to the listener. Holes behind
 *       live samples are only <em>pending</em> ({@link #pendingCount()}) until the backfill passes them.</li>
 *   <li><b>Restart:</b> the state is in memory. After a hub restart, tracking of a source starts at the
 *       first number seen; nothing below it is judged missing, and a sample received before the restart and
 *       redelivered after it (the broker redelivers what the hub had not acknowledged) is accepted once
 *       more. This matches the hub's at-least-once contract: detection ignores a sample that is not newer
 *       than the last one of its asset and signal, and a {@link org.millwright.ingest.spi.HistorySink} must
 *       be idempotent by (source, sequence).</li>
 * </ul>
 *
 * <p>Thread-safe: each source's state is guarded by its own lock, so sources never contend.
 */
public final class SourceSequences {
    /** Ranges kept per source before the oldest are forgotten (only repeated losses fragment the set). */
    static final int MAX_RANGES = 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SourceSequences.class);

    /** What {@link #observe} made of a sample. */
    public enum Verdict {
        /** First time seen (or not trackable): take it in. */
        NEW,
        /** Already received: acknowledge it and drop it. */
        DUPLICATE,
        /** No source id or no sequence number: cannot be de-duplicated, take it in. */
        UNTRACKED
    }

    /** Observes the tracker; called on the observing thread, while the source's lock is held. */
    public interface Listener {
        /** A sample seen for the first time. */
        default void onNew(Decoded.Accepted sample) {
        }

        /** A sample whose (source, sequence) was already received. */
        default void onDuplicate(Decoded.Accepted sample) {
        }

        /** Sequence numbers {@code first..last} of {@code source} will not arrive. */
        default void onMissing(String source, long first, long last) {
        }
    }

    private final Map<String, Tracked> sources = new ConcurrentHashMap<>();
    private final Listener listener;
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong missing = new AtomicLong();

    /** A tracker without a listener. */
    public SourceSequences() {
        this(new Listener() {
        });
    }

    /** A tracker that reports to {@code listener}. */
    public SourceSequences(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Judges a decoded sample and records it as received unless it is a duplicate. */
    public Verdict observe(Decoded.Accepted sample) {
        if (sample.source().isEmpty() || sample.sequence().isEmpty()) {
            return Verdict.UNTRACKED;
        }
        String source = sample.source().get();
        long seq = sample.sequence().getAsLong();
        Tracked tracked = sources.computeIfAbsent(source, id -> new Tracked(seq));
        synchronized (tracked) {
            if (tracked.contains(seq)) {
                duplicates.incrementAndGet();
                listener.onDuplicate(sample);
                return Verdict.DUPLICATE;
            }
            tracked.add(seq);
            if (sample.historical() && seq > tracked.judgedBelow) {
                declareMissingBelow(source, tracked, seq);
            }
            listener.onNew(sample);
            return Verdict.NEW;
        }
    }

    /**
     * Forgets that {@code sequence} of {@code source} was received, because the sample could not be taken in
     * after all and its source will send it again.
     */
    public void forget(String source, long sequence) {
        Tracked tracked = sources.get(source);
        if (tracked != null) {
            synchronized (tracked) {
                tracked.remove(sequence);
            }
        }
    }

    /** Duplicates dropped since start. */
    public long duplicateCount() {
        return duplicates.get();
    }

    /** Sequence numbers declared missing since start. */
    public long missingCount() {
        return missing.get();
    }

    /** Sequence numbers not received yet behind a later one, that a backfill may still bring. */
    public long pendingCount() {
        long pending = 0;
        for (Tracked tracked : sources.values()) {
            synchronized (tracked) {
                pending += tracked.holesFrom(tracked.judgedBelow);
            }
        }
        return pending;
    }

    /** Sources seen since start. */
    public int sourceCount() {
        return sources.size();
    }

    private void declareMissingBelow(String source, Tracked tracked, long seq) {
        long from = tracked.firstNotReceivedFrom(tracked.judgedBelow);
        for (Map.Entry<Long, Long> range : tracked.received.tailMap(from, true).entrySet()) {
            if (range.getKey() >= seq) {
                break;
            }
            if (range.getKey() > from) {
                reportMissing(source, from, range.getKey() - 1);
            }
            from = Math.max(from, range.getValue() + 1);
        }
        if (from < seq) {
            reportMissing(source, from, seq - 1);
        }
        tracked.judgedBelow = seq + 1;
    }

    private void reportMissing(String source, long first, long last) {
        missing.addAndGet(last - first + 1);
        LOG.warn("Source {}: samples {}..{} ({}) will not arrive; the backfill passed them", source, first, last,
                last - first + 1);
        listener.onMissing(source, first, last);
    }

    /** One source's received numbers as disjoint, non-adjacent ranges start → end (inclusive). */
    private static final class Tracked {
        final TreeMap<Long, Long> received = new TreeMap<>();
        /** Numbers below this are received or already declared missing; starts at the first number seen. */
        long judgedBelow;

        Tracked(long first) {
            this.judgedBelow = first;
        }

        boolean contains(long seq) {
            Map.Entry<Long, Long> floor = received.floorEntry(seq);
            return floor != null && floor.getValue() >= seq;
        }

        void add(long seq) {
            long start = seq;
            long end = seq;
            Map.Entry<Long, Long> before = received.floorEntry(seq);
            if (before != null && before.getValue() == seq - 1) {
                start = before.getKey();
            }
            Long afterEnd = seq == Long.MAX_VALUE ? null : received.remove(seq + 1);
            if (afterEnd != null) {
                end = afterEnd;
            }
            received.put(start, end);
            if (received.size() > MAX_RANGES) {
                received.pollFirstEntry();
            }
        }

        void remove(long seq) {
            Map.Entry<Long, Long> range = received.floorEntry(seq);
            if (range == null || range.getValue() < seq) {
                return;
            }
            received.remove(range.getKey());
            if (range.getKey() < seq) {
                received.put(range.getKey(), seq - 1);
            }
            if (range.getValue() > seq) {
                received.put(seq + 1, range.getValue());
            }
        }

        /** {@code from}, or the number after the range that covers it. */
        long firstNotReceivedFrom(long from) {
            Map.Entry<Long, Long> covering = received.floorEntry(from);
            return covering != null && covering.getValue() >= from ? covering.getValue() + 1 : from;
        }

        long holesFrom(long from) {
            long holes = 0;
            long next = firstNotReceivedFrom(from);
            for (Map.Entry<Long, Long> range : received.tailMap(next, true).entrySet()) {
                holes += Math.max(0, range.getKey() - next);
                next = range.getValue() + 1;
            }
            return holes;
        }
    }
}
