package org.millwright.onboarding.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.ingest.RejectReason;
import org.millwright.model.AssetId;
import org.millwright.model.Quality;
import org.millwright.model.SignalType;
import org.millwright.onboarding.TestHub;
import org.millwright.onboarding.internal.config.TagMapping;
import org.millwright.onboarding.internal.convert.Conversion;
import org.millwright.onboarding.internal.convert.Units;

class IntakeTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] RAW = "{\"v\":1}".getBytes(StandardCharsets.UTF_8);

    private final TestHub hub = new TestHub(CLOCK);
    private final Intake intake = new Intake(hub.catalogue, hub.gateway, hub.pipeline, CLOCK);
    private final SourceContext source = new SourceContext("mqtt", "north", "press-json", "acme", "north",
            new SourceCounters());
    private final AtomicInteger acks = new AtomicInteger();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void convertsToTheCanonicalUnitAndAcknowledgesOnlyAfterTheHandlerHandledIt() {
        intake.sample(source, tag(TestHub.MOTOR, SignalType.VIBRATION_VELOCITY, "in/s", Conversion.IDENTITY), 0.5,
                Optional.of(NOW.minusSeconds(1)), Quality.UNCERTAIN, "plant7/press-7/VIB", RAW, acks::incrementAndGet);

        await().atMost(Duration.ofSeconds(5)).until(() -> acks.get() == 1);
        assertThat(hub.handled).singleElement().satisfies(signal -> {
            assertThat(signal.asset()).isEqualTo(TestHub.MOTOR);
            assertThat(signal.value()).isCloseTo(12.7, within(1e-9));
            assertThat(signal.observedAt()).isEqualTo(NOW.minusSeconds(1));
            assertThat(signal.quality()).isEqualTo(Quality.UNCERTAIN);
        });
        assertThat(source.counters().handledCount()).isEqualTo(1);
        assertThat(source.counters().lastSampleAt()).contains(NOW);
    }

    @Test
    void stampsArrivalWhenTheSourceGaveNoTime() {
        intake.sample(source, tag(TestHub.PUMP, SignalType.RUNNING, "bool", Conversion.IDENTITY), 1, Optional.empty(),
                Quality.GOOD, "t", RAW, acks::incrementAndGet);

        await().atMost(Duration.ofSeconds(5)).until(() -> acks.get() == 1);
        assertThat(hub.handled).singleElement().satisfies(signal -> assertThat(signal.observedAt()).isEqualTo(NOW));
    }

    @Test
    void deadLettersAnAssetOutsideThePlantsSite() {
        intake.sample(source, tag(TestHub.SOUTH_MOTOR, SignalType.VIBRATION_VELOCITY, "mm/s", Conversion.IDENTITY), 1,
                Optional.of(NOW), Quality.GOOD, "plant7/press-9/VIB", RAW, acks::incrementAndGet);

        assertThat(hub.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo(RejectReason.LOCATION_MISMATCH);
            assertThat(letter.source()).isEqualTo("mqtt");
            assertThat(letter.topic()).isEqualTo("plant7/press-9/VIB");
            assertThat(letter.payload()).isEqualTo(RAW);
            assertThat(letter.detail()).isEqualTo("plant north, source press-json, tag test-tag"
                    + " (south-l1-motor-01/vibration): asset south-l1-motor-01 sits at acme/south/assembly/line-1,"
                    + " outside the plant's site acme/north");
        });
        assertThat(acks).hasValue(1);
        assertThat(source.counters().rejectedCount()).isEqualTo(1);
    }

    @Test
    void deadLettersAnAssetTheCatalogueDoesNotKnow() {
        intake.sample(source, tag(AssetId.of("north-l9-ghost-01"), SignalType.VIBRATION_VELOCITY, "mm/s",
                Conversion.IDENTITY), 1, Optional.of(NOW), Quality.GOOD, "t", RAW, acks::incrementAndGet);

        assertThat(hub.deadLetters).singleElement().satisfies(letter ->
                assertThat(letter.reason()).isEqualTo(RejectReason.UNKNOWN_ASSET));
    }

    @Test
    void judgesTheScaledValueLikeAnyOtherSample() {
        // a 4-20 mA loop spanning 0-50 A reads 2 mA: a broken wire, -6.25 A after scaling
        intake.sample(source, tag(TestHub.PUMP, SignalType.MOTOR_CURRENT, "A", Conversion.range(4, 20, 0, 50)), 2,
                Optional.of(NOW), Quality.GOOD, "t", RAW, acks::incrementAndGet);
        intake.sample(source, tag(TestHub.PUMP, SignalType.BEARING_TEMPERATURE, "degC", Conversion.IDENTITY), 50,
                Optional.of(NOW.plus(Duration.ofHours(1))), Quality.GOOD, "t", RAW, acks::incrementAndGet);

        assertThat(hub.deadLetters).extracting(letter -> letter.reason()).containsExactly(
                RejectReason.VALUE_OUT_OF_RANGE, RejectReason.TIMESTAMP_IN_FUTURE);
        assertThat(hub.deadLetters.get(0).detail()).startsWith("plant north, source press-json, tag test-tag"
                + " (north-l1-pump-01/current): current value -6.25 A is impossible");
        assertThat(acks).hasValue(2);
        assertThat(hub.handled).isEmpty();
    }

    @Test
    void leavesInputUnacknowledgedWhenItsDeadLetterCannotBeStored() {
        IngestGateway failing = new IngestGateway(JsonSampleDecoder.of(hub.catalogue), letter -> {
            throw new IllegalStateException("database down");
        }, hub.pipeline, CLOCK);
        Intake broken = new Intake(hub.catalogue, failing, hub.pipeline, CLOCK);

        broken.reject(source, "plant7/unknown", RAW, RejectReason.UNKNOWN_SIGNAL, "no tag", acks::incrementAndGet);

        assertThat(acks).hasValue(0);
        assertThat(source.counters().receivedCount()).isEqualTo(1);
        assertThat(source.counters().rejectedCount()).isZero();
    }

    private static TagMapping tag(AssetId asset, SignalType signal, String unit, Conversion scaling) {
        return new TagMapping("test-tag", asset, signal, unit,
                scaling.andThen(Units.toCanonical(signal, unit).orElseThrow()));
    }
}
