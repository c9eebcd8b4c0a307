package org.millwright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.millwright.ingest.Samples.CATALOGUE;
import static org.millwright.ingest.Samples.NOW;
import static org.millwright.ingest.Samples.VIBRATION_TOPIC;
import static org.millwright.ingest.Samples.bytes;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.ingest.spi.HistorySink;
import org.millwright.model.Signal;

/** The gateway's handling of edge samples: de-duplication by (src, seq) and historical samples kept apart. */
class IngestGatewaySequencesTest {
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final List<Signal> live = new CopyOnWriteArrayList<>();
    private final List<Decoded.Accepted> history = new CopyOnWriteArrayList<>();
    private final List<String> acks = new CopyOnWriteArrayList<>();
    private final AtomicBoolean historyDown = new AtomicBoolean();
    private final HistorySink sink = sample -> {
        if (historyDown.get()) {
            throw new IllegalStateException("history table unavailable");
        }
        history.add(sample);
    };
    private final Pipeline pipeline = Pipeline.start(1, 16, live::add, CLOCK);
    private final IngestGateway gateway = new IngestGateway(JsonSampleDecoder.of(CATALOGUE), letter -> { },
            pipeline, CLOCK, new SourceSequences(), sink);

    @AfterEach
    void closePipeline() {
        pipeline.close(Duration.ofSeconds(5));
    }

    @Test
    void acknowledgesAndDropsASecondDeliveryOfTheSameEdgeSample() {
        gateway.accept("mqtt", VIBRATION_TOPIC, edge(7, 4.2, false), () -> acks.add("first"));
        gateway.accept("mqtt", VIBRATION_TOPIC, edge(7, 4.2, false), () -> acks.add("again"));

        await().atMost(Duration.ofSeconds(5)).until(() -> acks.size() == 2);
        assertThat(live).hasSize(1);
        assertThat(gateway.acceptedCount()).isOne();
        assertThat(gateway.sourceSequences().duplicateCount()).isOne();
    }

    @Test
    void storesHistoricalSamplesInTheHistorySinkAndNeverInTheLivePipeline() {
        gateway.accept("mqtt", VIBRATION_TOPIC, edge(1, 3.0, true), () -> acks.add("hist"));
        gateway.accept("mqtt", VIBRATION_TOPIC, edge(2, 5.0, false), () -> acks.add("live"));

        await().atMost(Duration.ofSeconds(5)).until(() -> acks.size() == 2);
        assertThat(history).singleElement().satisfies(sample -> {
            assertThat(sample.sequence()).hasValue(1);
            assertThat(sample.source()).contains("edge-north-01/sim");
            assertThat(sample.signal().value()).isEqualTo(3.0);
        });
        assertThat(live).extracting(Signal::value).containsExactly(5.0);
        assertThat(gateway.historicalCount()).isOne();
    }

    @Test
    void leavesAHistoricalSampleUnacknowledgedAndNotSeenWhenTheSinkFails() {
        historyDown.set(true);

        assertThatThrownBy(() -> gateway.accept("mqtt", VIBRATION_TOPIC, edge(1, 3.0, true), () -> acks.add("no")))
                .isInstanceOf(IllegalStateException.class);
        historyDown.set(false);
        gateway.accept("mqtt", VIBRATION_TOPIC, edge(1, 3.0, true), () -> acks.add("redelivered"));

        assertThat(acks).containsExactly("redelivered");
        assertThat(history).hasSize(1);
        assertThat(gateway.sourceSequences().duplicateCount()).isZero();
    }

    @Test
    void withoutAHistorySinkSubmitsHistoricalSamplesToThePipelineLikeBefore() {
        IngestGateway plain = new IngestGateway(JsonSampleDecoder.of(CATALOGUE), letter -> { }, pipeline, CLOCK);

        plain.accept("mqtt", VIBRATION_TOPIC, edge(1, 3.0, true), () -> acks.add("hist"));

        await().atMost(Duration.ofSeconds(5)).until(() -> acks.size() == 1);
        assertThat(live).extracting(Signal::value).containsExactly(3.0);
    }

    private static byte[] edge(long seq, double value, boolean historical) {
        return bytes("{\"ts\":\"2026-11-25T17:59:59.500Z\",\"value\":" + value + ",\"unit\":\"mm/s\",\"seq\":" + seq
                + ",\"src\":\"edge-north-01/sim\"" + (historical ? ",\"hist\":true" : "") + "}");
    }
}
