package org.millwright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.millwright.ingest.spi.DeadLetterSink;
import org.millwright.model.Signal;

class IngestGatewayTest {
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final List<Signal> handled = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final List<String> acks = new CopyOnWriteArrayList<>();
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final DeadLetterSink sink = letter -> {
        if (storeDown.get()) {
            throw new IllegalStateException("dead-letter table unavailable");
        }
        deadLetters.add(letter);
    };
    private final Pipeline pipeline = Pipeline.start(2, 16, handled::add, CLOCK);
    private final IngestGateway gateway = new IngestGateway(JsonSampleDecoder.of(CATALOGUE), sink, pipeline, CLOCK);

    @AfterEach
    void closePipeline() {
        pipeline.close(Duration.ofSeconds(5));
    }

    @Test
    void submitsAnAcceptedSampleAndAcknowledgesItAfterHandling() {
        gateway.accept("mqtt", VIBRATION_TOPIC, Samples.vibration(4.2), () -> acks.add("good"));

        await().atMost(Duration.ofSeconds(5)).until(() -> acks.contains("good"));
        assertThat(handled).singleElement().satisfies(signal -> assertThat(signal.value()).isEqualTo(4.2));
        assertThat(gateway.acceptedCount()).isOne();
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void deadLettersARejectedSampleWithItsReasonAndAcknowledgesIt() {
        byte[] payload = bytes("{\"ts\":\"2026-11-25T17:59:59Z\",\"value\":-1,\"unit\":\"mm/s\"}");

        gateway.accept("mqtt", VIBRATION_TOPIC, payload, () -> acks.add("bad"));

        assertThat(acks).containsExactly("bad");
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.source()).isEqualTo("mqtt");
            assertThat(letter.topic()).isEqualTo(VIBRATION_TOPIC);
            assertThat(letter.reason()).isEqualTo(RejectReason.VALUE_OUT_OF_RANGE);
            assertThat(letter.detail()).contains("vibration", "-1.0");
            assertThat(letter.payload()).isEqualTo(payload);
            assertThat(letter.receivedAt()).isEqualTo(NOW);
        });
        assertThat(gateway.rejectedCounts()).containsEntry(RejectReason.VALUE_OUT_OF_RANGE, 1L)
                .containsEntry(RejectReason.MALFORMED_JSON, 0L).hasSize(RejectReason.values().length);
        assertThat(handled).isEmpty();
    }

    @Test
    void leavesARejectedSampleUnacknowledgedWhenTheDeadLetterStoreFails() {
        storeDown.set(true);

        gateway.accept("mqtt", VIBRATION_TOPIC, bytes("not json"), () -> acks.add("bad"));

        assertThat(acks).isEmpty();
        assertThat(gateway.deadLetterFailureCount()).isOne();
        assertThat(gateway.rejectedCounts()).containsEntry(RejectReason.MALFORMED_JSON, 0L);

        storeDown.set(false);
        gateway.accept("mqtt", VIBRATION_TOPIC, bytes("not json"), () -> acks.add("bad again"));

        assertThat(acks).containsExactly("bad again");
        assertThat(deadLetters).singleElement()
                .satisfies(letter -> assertThat(letter.reason()).isEqualTo(RejectReason.MALFORMED_JSON));
    }

    @Test
    void keepsADeadLettersPayloadImmutable() {
        byte[] payload = bytes("[]");
        DeadLetter letter = new DeadLetter("mqtt", VIBRATION_TOPIC, RejectReason.NOT_A_JSON_OBJECT, "array",
                payload, NOW);

        payload[0] = 'x';
        letter.payload()[1] = 'y';

        assertThat(letter.payload()).isEqualTo(bytes("[]"));
        assertThat(letter).isEqualTo(new DeadLetter("mqtt", VIBRATION_TOPIC, RejectReason.NOT_A_JSON_OBJECT,
                "array", bytes("[]"), NOW));
    }
}
