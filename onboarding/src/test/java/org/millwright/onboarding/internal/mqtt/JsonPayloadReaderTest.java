package org.millwright.onboarding.internal.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.millwright.ingest.RejectReason;
import org.millwright.model.Quality;
import org.millwright.onboarding.internal.config.PayloadFormat;
import org.millwright.onboarding.internal.mqtt.JsonPayloadReader.Reading;

class JsonPayloadReaderTest {
    private static final PayloadFormat NESTED = new PayloadFormat("data.v", Optional.of("t"), "q");

    @Test
    void readsTheDefaultFields() {
        assertThat(read("{\"value\":4.2,\"ts\":\"2026-11-25T18:00:00Z\",\"quality\":\"uncertain\"}", PayloadFormat.DEFAULT))
                .isEqualTo(new Reading.Read(4.2, Optional.of(Instant.parse("2026-11-25T18:00:00Z")), Quality.UNCERTAIN));
    }

    @Test
    void readsNestedFieldsAndEpochMilliseconds() {
        assertThat(read("{\"data\":{\"v\":\"0.25\"},\"t\":1795629600000}", NESTED))
                .isEqualTo(new Reading.Read(0.25, Optional.of(Instant.ofEpochMilli(1795629600000L)), Quality.GOOD));
    }

    @Test
    void takesABareNumberAsTheValueObservedAtArrival() {
        assertThat(read("12.5", PayloadFormat.DEFAULT)).isEqualTo(new Reading.Read(12.5, Optional.empty(), Quality.GOOD));
    }

    @Test
    void takesABooleanAsOneOrZero() {
        assertThat(read("{\"value\":true,\"ts\":\"2026-11-25T18:00:00Z\"}", PayloadFormat.DEFAULT))
                .isInstanceOfSatisfying(Reading.Read.class, reading -> assertThat(reading.value()).isEqualTo(1.0));
    }

    @Test
    void usesArrivalTimeWhenThePayloadHasNoTimestampByDesign() {
        PayloadFormat noClock = new PayloadFormat("v", Optional.empty(), "q");
        assertThat(read("{\"v\":3}", noClock)).isEqualTo(new Reading.Read(3, Optional.empty(), Quality.GOOD));
    }

    @Test
    void rejectsWhatItCannotReadWithAReason() {
        assertRejected("", PayloadFormat.DEFAULT, RejectReason.EMPTY_PAYLOAD, "payload is empty");
        assertRejected("{\"value\":", PayloadFormat.DEFAULT, RejectReason.MALFORMED_JSON, "payload is not JSON");
        assertRejected("[1,2]", PayloadFormat.DEFAULT, RejectReason.NOT_A_JSON_OBJECT, "payload is JSON array");
        assertRejected("{\"ts\":\"2026-11-25T18:00:00Z\"}", PayloadFormat.DEFAULT, RejectReason.MISSING_VALUE,
                "payload has no 'value'");
        assertRejected("{\"value\":\"high\",\"ts\":\"2026-11-25T18:00:00Z\"}", PayloadFormat.DEFAULT,
                RejectReason.WRONG_VALUE_TYPE, "'value' is \"high\", expected a number");
        assertRejected("{\"data\":{\"v\":1}}", NESTED, RejectReason.MISSING_TIMESTAMP, "payload has no 't'");
        assertRejected("{\"data\":{\"v\":1},\"t\":\"yesterday\"}", NESTED, RejectReason.MALFORMED_TIMESTAMP,
                "'t' is \"yesterday\", expected an ISO-8601 instant");
        assertRejected("{\"data\":{\"v\":1},\"t\":1,\"q\":\"fine\"}", NESTED, RejectReason.UNKNOWN_QUALITY,
                "'q' is \"fine\", expected one of GOOD, UNCERTAIN, BAD, STALE");
        assertRejected("x".repeat(JsonPayloadReader.MAX_PAYLOAD_BYTES + 1), PayloadFormat.DEFAULT,
                RejectReason.PAYLOAD_TOO_LARGE, "payload has 65537 bytes");
    }

    private static void assertRejected(String payload, PayloadFormat format, RejectReason reason, String detail) {
        assertThat(read(payload, format)).isInstanceOfSatisfying(Reading.Unreadable.class, unreadable -> {
            assertThat(unreadable.reason()).isEqualTo(reason);
            assertThat(unreadable.detail()).startsWith(detail);
        });
    }

    private static Reading read(String payload, PayloadFormat format) {
        return JsonPayloadReader.read(payload.getBytes(StandardCharsets.UTF_8), format);
    }
}
