package org.millwright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.millwright.ingest.Samples.MOTOR;
import static org.millwright.ingest.Samples.PUMP;
import static org.millwright.ingest.Samples.signal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;

class PipelineTest {
    private static final Clock CLOCK = Clock.fixed(Samples.NOW, ZoneOffset.UTC);
    private static final Duration FAST = Duration.ofMillis(5);

    private final List<String> events = new CopyOnWriteArrayList<>();
    private Pipeline pipeline;

    @AfterEach
    void closePipeline() {
        if (pipeline != null) {
            pipeline.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void handlesEachAssetsSignalsInSubmissionOrder() {
        Map<AssetId, List<Double>> seen = new ConcurrentHashMap<>();
        pipeline = Pipeline.start(4, 8, s -> seen.computeIfAbsent(s.asset(), a -> new CopyOnWriteArrayList<>())
                .add(s.value()), CLOCK);
        List<AssetId> assets = List.of(MOTOR, PUMP, AssetId.of("a-1"), AssetId.of("a-2"), AssetId.of("a-3"));
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            expected.add((double) i);
            for (AssetId asset : assets) {
                pipeline.submit(signal(asset, i), () -> { });
            }
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> pipeline.processedCount() == 1000);
        assertThat(seen).hasSize(5).allSatisfy((asset, values) -> assertThat(values).isEqualTo(expected));
    }

    @Test
    void acknowledgesOnlyAfterTheHandlerReturned() {
        pipeline = Pipeline.start(2, 8, s -> events.add("handled " + s.value()), CLOCK);

        pipeline.submit(signal(MOTOR, 1), () -> events.add("acked 1.0"));
        pipeline.submit(signal(MOTOR, 2), () -> events.add("acked 2.0"));

        await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 4);
        assertThat(events).containsExactly("handled 1.0", "acked 1.0", "handled 2.0", "acked 2.0");
    }

    @Test
    void retriesAFailingSignalWithoutAcknowledgingItOrLettingLaterOnesOvertake() {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch healed = new CountDownLatch(1);
        pipeline = Pipeline.start(1, 8, s -> {
            if (s.value() == 1 && healed.getCount() > 0) {
                attempts.incrementAndGet();
                throw new IllegalStateException("database down");
            }
            events.add("handled " + s.value());
        }, CLOCK, FAST, Duration.ofMillis(20));

        pipeline.submit(signal(MOTOR, 1), () -> events.add("acked 1.0"));
        pipeline.submit(signal(MOTOR, 2), () -> events.add("acked 2.0"));
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() >= 3);

        assertThat(events).isEmpty();
        assertThat(pipeline.status().get(0).failingSince()).contains(Samples.NOW);
        assertThat(pipeline.failedCount()).isGreaterThanOrEqualTo(3);

        healed.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 4);
        assertThat(events).containsExactly("handled 1.0", "acked 1.0", "handled 2.0", "acked 2.0");
        assertThat(pipeline.status().get(0).failingSince()).isEmpty();
    }

    @Test
    void routesAnAssetToTheSamePartitionEveryTime() {
        Map<AssetId, String> threads = new ConcurrentHashMap<>();
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        pipeline = Pipeline.start(3, 4, s -> {
            String previous = threads.putIfAbsent(s.asset(), Thread.currentThread().getName());
            if (previous != null && !previous.equals(Thread.currentThread().getName())) {
                mismatches.add(s.asset() + " moved from " + previous);
            }
        }, CLOCK);
        for (int round = 0; round < 20; round++) {
            for (int a = 0; a < 10; a++) {
                pipeline.submit(signal(AssetId.of("asset-" + a), round), () -> { });
            }
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> pipeline.processedCount() == 200);
        assertThat(mismatches).isEmpty();
        assertThat(threads).allSatisfy((asset, thread) -> assertThat(thread)
                .endsWith("-" + pipeline.partitionOf(asset)));
        assertThat(Pipeline.partitionOf(MOTOR, 8)).isEqualTo(Math.floorMod("north-l1-motor-01".hashCode(), 8));
    }

    @Test
    void blocksSubmitWhileThePartitionQueueIsFull() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        pipeline = Pipeline.start(1, 2, s -> release.await(), CLOCK);
        for (int i = 0; i < 3; i++) {
            pipeline.submit(signal(MOTOR, i), () -> { });
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> pipeline.queueDepth() == 2);
        CountDownLatch submitted = new CountDownLatch(1);
        Thread producer = new Thread(() -> {
            pipeline.submit(signal(MOTOR, 3), () -> { });
            submitted.countDown();
        });
        producer.start();

        assertThat(submitted.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(pipeline.queueDepth(0)).isEqualTo(2);
        release.countDown();
        assertThat(submitted.await(5, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> pipeline.processedCount() == 4);
    }

    @Test
    void closeDrainsQueuedSignalsAndThenRefusesNewOnes() {
        List<Signal> handled = new CopyOnWriteArrayList<>();
        pipeline = Pipeline.start(2, 100, handled::add, CLOCK);
        for (int i = 0; i < 50; i++) {
            pipeline.submit(signal(i % 2 == 0 ? MOTOR : PUMP, i), () -> events.add("acked"));
        }

        assertThat(pipeline.close(Duration.ofSeconds(5))).isTrue();
        assertThat(handled).hasSize(50);
        assertThat(events).hasSize(50);
        assertThatThrownBy(() -> pipeline.submit(signal(MOTOR, 1), () -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void closeGivesUpOnAPermanentlyFailingSignalWithoutAcknowledgingIt() {
        pipeline = Pipeline.start(1, 8, s -> {
            throw new IllegalStateException("always fails");
        }, CLOCK, FAST, FAST);
        pipeline.submit(signal(MOTOR, 1), () -> events.add("acked"));
        await().atMost(Duration.ofSeconds(5)).until(() -> pipeline.failedCount() >= 2);

        assertThat(pipeline.close(Duration.ofMillis(200))).isFalse();
        assertThat(events).isEmpty();
        assertThat(pipeline.processedCount()).isZero();
    }
}
