package org.millwright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.ingest.Samples.CATALOGUE;
import static org.millwright.ingest.Samples.MOTOR;
import static org.millwright.ingest.Samples.NOW;
import static org.millwright.ingest.Samples.VIBRATION_TOPIC;
import static org.millwright.ingest.Samples.bytes;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

class JsonSampleDecoderTest {
    private static final String GOOD = "{\"ts\":\"2026-11-25T17:59:59.123Z\",\"value\":4.21,\"unit\":\"mm/s\"";
    private static final String TS = "\"ts\":\"2026-11-25T17:59:59Z\"";

    private final JsonSampleDecoder decoder = JsonSampleDecoder.builder(CATALOGUE).maxPayloadBytes(1024).build();

    @Test
    void acceptsAGoodSampleWithSequenceAndQuality() {
        Decoded decoded = decoder.decode(VIBRATION_TOPIC,
                bytes(GOOD + ",\"seq\":1234,\"quality\":\"UNCERTAIN\"}"), NOW);

        assertThat(decoded).isEqualTo(new Decoded.Accepted(new Signal(MOTOR, SignalType.VIBRATION_VELOCITY, 4.21,
                Instant.parse("2026-11-25T17:59:59.123Z"), Quality.UNCERTAIN), OptionalLong.of(1234)));
    }

    @Test
    void readsTheSourceIdAndTheHistoricalFlagOfAnEdgeSample() {
        Decoded decoded = decoder.decode(VIBRATION_TOPIC,
                bytes(GOOD + ",\"seq\":17,\"src\":\"edge-north-01/plc-7\",\"hist\":true}"), NOW);

        assertThat(decoded).isEqualTo(new Decoded.Accepted(new Signal(MOTOR, SignalType.VIBRATION_VELOCITY, 4.21,
                Instant.parse("2026-11-25T17:59:59.123Z"), Quality.GOOD), OptionalLong.of(17),
                Optional.of("edge-north-01/plc-7"), true));
    }

    @Test
    void treatsASampleWithoutTheFlagOrWithFalseAsLive() {
        Decoded absent = decoder.decode(VIBRATION_TOPIC, bytes(GOOD + ",\"src\":\"edge-1\"}"), NOW);
        Decoded explicit = decoder.decode(VIBRATION_TOPIC, bytes(GOOD + ",\"hist\":false}"), NOW);

        assertThat(absent).isInstanceOfSatisfying(Decoded.Accepted.class, accepted -> {
            assertThat(accepted.historical()).isFalse();
            assertThat(accepted.source()).contains("edge-1");
        });
        assertThat(explicit).isInstanceOfSatisfying(Decoded.Accepted.class, accepted -> {
            assertThat(accepted.historical()).isFalse();
            assertThat(accepted.source()).isEmpty();
        });
    }

    @Test
    void defaultsQualityToGoodAndSequenceToAbsent() {
        Decoded decoded = decoder.decode(VIBRATION_TOPIC, bytes(GOOD + "}"), NOW);

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Accepted.class, accepted -> {
            assertThat(accepted.signal().quality()).isEqualTo(Quality.GOOD);
            assertThat(accepted.sequence()).isEmpty();
        });
    }

    @Test
    void ignoresUnknownFieldsAndAcceptsFieldsInAnyOrder() {
        Decoded decoded = decoder.decode("acme/north/assembly/line-1/north-l1-motor-01/running",
                bytes("{\"extra\":{\"a\":[1,2,{}]},\"unit\":\"bool\",\"value\":1,\"quality\":null," + TS + "}"), NOW);

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Accepted.class,
                accepted -> assertThat(accepted.signal().value()).isEqualTo(1.0));
    }

    @Test
    void acceptsTimestampsWithAnOffsetAndAtTheEdgesOfTheWindow() {
        JsonSampleDecoder strict = JsonSampleDecoder.builder(CATALOGUE)
                .futureTolerance(Duration.ofMinutes(1)).maxAge(Duration.ofHours(1)).build();

        assertThat(strict.decode(VIBRATION_TOPIC, sampleAt("2026-11-25T19:01:00+01:00"), NOW))
                .isInstanceOf(Decoded.Accepted.class);
        assertThat(strict.decode(VIBRATION_TOPIC, sampleAt("2026-11-25T17:00:00Z"), NOW))
                .isInstanceOf(Decoded.Accepted.class);
        assertThat(reasonOf(strict.decode(VIBRATION_TOPIC, sampleAt("2026-11-25T18:01:00.001Z"), NOW)))
                .isEqualTo("TIMESTAMP_IN_FUTURE");
        assertThat(reasonOf(strict.decode(VIBRATION_TOPIC, sampleAt("2026-11-25T16:59:59.999Z"), NOW)))
                .isEqualTo("TIMESTAMP_TOO_OLD");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("rejections")
    void rejectsWithItsOwnReason(RejectReason expected, String topic, String payload) {
        Decoded decoded = decoder.decode(topic, bytes(payload), NOW);

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(expected);
            assertThat(rejected.detail()).isNotBlank();
        });
    }

    @Test
    void coversEveryRejectReason() {
        Set<RejectReason> covered = rejections().map(arguments -> (RejectReason) arguments.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RejectReason.class)));

        assertThat(covered).containsExactlyInAnyOrder(RejectReason.values());
    }

    @Test
    void namesTheProblemInTheDetail() {
        Decoded decoded = decoder.decode(VIBRATION_TOPIC,
                bytes("{" + TS + ",\"value\":4.2,\"unit\":\"in/s\"}"), NOW);

        assertThat(decoded).isEqualTo(new Decoded.Rejected(RejectReason.UNIT_MISMATCH,
                "unit 'in/s' is not mm/s, the canonical unit of vibration"));
    }

    @Test
    void rejectsAPayloadJustOverTheLimitButNotOneAtIt() {
        String padding = " ".repeat(1024 - (GOOD.length() + 1));
        assertThat(decoder.decode(VIBRATION_TOPIC, bytes(GOOD + padding + "}"), NOW))
                .isInstanceOf(Decoded.Accepted.class);
        assertThat(reasonOf(decoder.decode(VIBRATION_TOPIC, bytes(GOOD + padding + " }"), NOW)))
                .isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void givesEachReasonADistinctCode() {
        assertThat(Arrays.stream(RejectReason.values()).map(RejectReason::code).distinct())
                .hasSize(RejectReason.values().length)
                .allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
    }

    static Stream<Arguments> rejections() {
        String motor = "acme/north/assembly/line-1/north-l1-motor-01/";
        return Stream.of(
                Arguments.of(RejectReason.EMPTY_PAYLOAD, VIBRATION_TOPIC, ""),
                Arguments.of(RejectReason.PAYLOAD_TOO_LARGE, VIBRATION_TOPIC, GOOD + ",\"x\":\"" + "a".repeat(2000) + "\"}"),
                Arguments.of(RejectReason.MALFORMED_JSON, VIBRATION_TOPIC, GOOD),
                Arguments.of(RejectReason.MALFORMED_JSON, VIBRATION_TOPIC, GOOD + "} {}"),
                Arguments.of(RejectReason.MALFORMED_JSON, VIBRATION_TOPIC, GOOD + ",\"value\":5}"),
                Arguments.of(RejectReason.MALFORMED_JSON, VIBRATION_TOPIC, "   "),
                Arguments.of(RejectReason.NOT_A_JSON_OBJECT, VIBRATION_TOPIC, "[4.21]"),
                Arguments.of(RejectReason.NOT_A_JSON_OBJECT, VIBRATION_TOPIC, "4.21"),
                Arguments.of(RejectReason.MALFORMED_TOPIC, "acme/north/assembly/north-l1-motor-01/vibration", GOOD + "}"),
                Arguments.of(RejectReason.MALFORMED_TOPIC, "acme/north//line-1/north-l1-motor-01/vibration", GOOD + "}"),
                Arguments.of(RejectReason.MALFORMED_TOPIC, VIBRATION_TOPIC + "/", GOOD + "}"),
                Arguments.of(RejectReason.MALFORMED_TOPIC, "acme/north/assembly/line-1/North Motor/vibration", GOOD + "}"),
                Arguments.of(RejectReason.UNKNOWN_ASSET, "acme/north/assembly/line-1/north-l1-motor-99/vibration", GOOD + "}"),
                Arguments.of(RejectReason.LOCATION_MISMATCH, "acme/south/assembly/line-1/north-l1-motor-01/vibration", GOOD + "}"),
                Arguments.of(RejectReason.UNKNOWN_SIGNAL, motor + "humidity", GOOD + "}"),
                Arguments.of(RejectReason.MISSING_VALUE, VIBRATION_TOPIC, "{" + TS + ",\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.MISSING_VALUE, VIBRATION_TOPIC, "{" + TS + ",\"value\":null,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.WRONG_VALUE_TYPE, VIBRATION_TOPIC, "{" + TS + ",\"value\":\"4.2\",\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.WRONG_VALUE_TYPE, VIBRATION_TOPIC, "{" + TS + ",\"value\":true,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.WRONG_VALUE_TYPE, VIBRATION_TOPIC, "{" + TS + ",\"value\":[4.2],\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.NON_FINITE_VALUE, VIBRATION_TOPIC, "{" + TS + ",\"value\":NaN,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.NON_FINITE_VALUE, VIBRATION_TOPIC, "{" + TS + ",\"value\":-Infinity,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.NON_FINITE_VALUE, VIBRATION_TOPIC, "{" + TS + ",\"value\":\"NaN\",\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.NON_FINITE_VALUE, VIBRATION_TOPIC, "{" + TS + ",\"value\":\"+Infinity\",\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.NON_FINITE_VALUE, VIBRATION_TOPIC, "{" + TS + ",\"value\":1e400,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.VALUE_OUT_OF_RANGE, VIBRATION_TOPIC, "{" + TS + ",\"value\":-0.1,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.VALUE_OUT_OF_RANGE, motor + "current", "{" + TS + ",\"value\":-3,\"unit\":\"A\"}"),
                Arguments.of(RejectReason.VALUE_OUT_OF_RANGE, motor + "running", "{" + TS + ",\"value\":0.5,\"unit\":\"bool\"}"),
                Arguments.of(RejectReason.VALUE_OUT_OF_RANGE, motor + "running", "{" + TS + ",\"value\":2,\"unit\":\"bool\"}"),
                Arguments.of(RejectReason.VALUE_OUT_OF_RANGE, motor + "fault-code", "{" + TS + ",\"value\":3.5,\"unit\":\"code\"}"),
                Arguments.of(RejectReason.VALUE_OUT_OF_RANGE, motor + "bearing-temperature", "{" + TS + ",\"value\":-300,\"unit\":\"degC\"}"),
                Arguments.of(RejectReason.MISSING_TIMESTAMP, VIBRATION_TOPIC, "{\"value\":4.2,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.MALFORMED_TIMESTAMP, VIBRATION_TOPIC, "{\"ts\":\"25/11/2026 18:00\",\"value\":4.2,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.MALFORMED_TIMESTAMP, VIBRATION_TOPIC, "{\"ts\":1764093600000,\"value\":4.2,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.TIMESTAMP_IN_FUTURE, VIBRATION_TOPIC, "{\"ts\":\"2026-11-25T18:05:01Z\",\"value\":4.2,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.TIMESTAMP_TOO_OLD, VIBRATION_TOPIC, "{\"ts\":\"2026-11-18T17:59:59Z\",\"value\":4.2,\"unit\":\"mm/s\"}"),
                Arguments.of(RejectReason.MISSING_UNIT, VIBRATION_TOPIC, "{" + TS + ",\"value\":4.2}"),
                Arguments.of(RejectReason.UNIT_MISMATCH, VIBRATION_TOPIC, "{" + TS + ",\"value\":4.2,\"unit\":\"in/s\"}"),
                Arguments.of(RejectReason.UNIT_MISMATCH, VIBRATION_TOPIC, "{" + TS + ",\"value\":4.2,\"unit\":7}"),
                Arguments.of(RejectReason.UNKNOWN_QUALITY, VIBRATION_TOPIC, GOOD + ",\"quality\":\"EXCELLENT\"}"),
                Arguments.of(RejectReason.UNKNOWN_QUALITY, VIBRATION_TOPIC, GOOD + ",\"quality\":192}"),
                Arguments.of(RejectReason.WRONG_SEQUENCE_TYPE, VIBRATION_TOPIC, GOOD + ",\"seq\":\"12\"}"),
                Arguments.of(RejectReason.WRONG_SEQUENCE_TYPE, VIBRATION_TOPIC, GOOD + ",\"seq\":1.5}"),
                Arguments.of(RejectReason.WRONG_SEQUENCE_TYPE, VIBRATION_TOPIC, GOOD + ",\"seq\":-1}"),
                Arguments.of(RejectReason.WRONG_SEQUENCE_TYPE, VIBRATION_TOPIC, GOOD + ",\"seq\":99999999999999999999}"),
                Arguments.of(RejectReason.MALFORMED_SOURCE, VIBRATION_TOPIC, GOOD + ",\"seq\":1,\"src\":\"\"}"),
                Arguments.of(RejectReason.MALFORMED_SOURCE, VIBRATION_TOPIC, GOOD + ",\"seq\":1,\"src\":\"edge north\"}"),
                Arguments.of(RejectReason.MALFORMED_SOURCE, VIBRATION_TOPIC, GOOD + ",\"seq\":1,\"src\":17}"),
                Arguments.of(RejectReason.WRONG_HISTORICAL_TYPE, VIBRATION_TOPIC, GOOD + ",\"hist\":\"true\"}"),
                Arguments.of(RejectReason.WRONG_HISTORICAL_TYPE, VIBRATION_TOPIC, GOOD + ",\"hist\":1}"));
    }

    private static byte[] sampleAt(String ts) {
        return bytes("{\"ts\":\"" + ts + "\",\"value\":4.2,\"unit\":\"mm/s\"}");
    }

    private static String reasonOf(Decoded decoded) {
        return decoded instanceof Decoded.Rejected rejected ? rejected.reason().name() : "ACCEPTED";
    }
}
