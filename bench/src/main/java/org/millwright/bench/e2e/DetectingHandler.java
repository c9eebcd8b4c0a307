package org.millwright.bench.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.millwright.detect.AssetState;
import org.millwright.detect.Detector;
import org.millwright.ingest.SignalHandler;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;

/**
 * The end of the hub path: runs detect's {@link Detector} on every signal and records the latency from the sample's
 * time stamp (set by the publisher just before publishing) to the end of detection. A redelivered sample (its time
 * stamp not after the asset's last one) is counted as a duplicate, not as detected, so {@code published - detected}
 * is what was lost.
 *
 * <p>Threads: each {@link Slot} is confined to the pipeline partition thread that owns its asset; the counters and
 * the latency array are shared.
 */
final class DetectingHandler implements SignalHandler {
    private final Detector detector;
    private final Map<AssetId, Slot> slots;
    private final long[] latencyMicros;
    private final AtomicInteger latencies = new AtomicInteger();
    private final LongAdder detected = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder events = new LongAdder();

    /** Owned by the partition thread of its asset. */
    private static final class Slot {
        final AssetState state;
        Instant last = Instant.MIN;

        Slot(AssetState state) {
            this.state = state;
        }
    }

    DetectingHandler(Detector detector, List<Asset> assets, int expectedSamples) {
        this.detector = detector;
        this.slots = assets.stream().collect(Collectors.toUnmodifiableMap(Asset::id,
                asset -> new Slot(detector.newState(asset)), (a, b) -> a));
        this.latencyMicros = new long[expectedSamples];
    }

    @Override
    public void handle(Signal signal) {
        Slot slot = slots.get(signal.asset());
        if (!signal.observedAt().isAfter(slot.last)) {
            duplicates.increment();
            return;
        }
        slot.last = signal.observedAt();
        events.add(detector.onSignal(slot.state, signal).size());
        int at = latencies.getAndIncrement();
        if (at < latencyMicros.length) {
            latencyMicros[at] = Duration.between(signal.observedAt(), Instant.now()).toNanos() / 1_000;
        }
        detected.increment();
    }

    long detected() {
        return detected.sum();
    }

    long duplicates() {
        return duplicates.sum();
    }

    long conditionEvents() {
        return events.sum();
    }

    /** The latency percentile {@code p} (0 to 100) in milliseconds over the samples detected so far. */
    double percentileMillis(double p) {
        int count = Math.min(latencies.get(), latencyMicros.length);
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(latencyMicros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1000.0;
    }
}
