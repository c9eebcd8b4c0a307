package org.millwright.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.ingest.Samples.CATALOGUE;
import static org.millwright.ingest.Samples.NOW;
import static org.millwright.ingest.Samples.VIBRATION_TOPIC;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class JsonSampleDecoderPropertiesTest {
    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", " ",
            "\"ts\"", "\"value\"", "\"unit\"", "\"seq\"", "\"quality\"", "\"2026-11-25T17:59:59Z\"", "\"mm/s\"",
            "\"GOOD\"", "4.21", "-1", "1e400", "NaN", "-Infinity", "null", "true", "99999999999999999999",
            "\"NaN\"", "\u00e9", "\u0000", "0x1F", "\"+1000000000-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00Z\"");

    private final JsonSampleDecoder decoder = JsonSampleDecoder.builder(CATALOGUE).maxPayloadBytes(4096).build();

    @Property(tries = 500)
    void neverThrowsForArbitraryBytesAndTopics(@ForAll @Size(max = 300) byte[] payload,
                                               @ForAll @StringLength(max = 80) String topic) {
        assertThat(decoder.decode(topic, payload, NOW)).isNotNull();
    }

    @Property(tries = 1000)
    void neverThrowsForJsonLikePayloadsOnAValidTopic(@ForAll("jsonLike") String payload) {
        Decoded decoded = decoder.decode(VIBRATION_TOPIC, payload.getBytes(StandardCharsets.UTF_8), NOW);

        assertThat(decoded).isNotNull();
        if (decoded instanceof Decoded.Accepted accepted) {
            assertThat(accepted.signal().value()).isFinite().isNotNegative();
        }
    }

    @Property(tries = 300)
    void neverThrowsForArbitraryTopicsMadeOfLevels(@ForAll("topicLike") String topic) {
        assertThat(decoder.decode(topic, Samples.vibration(1.0), NOW)).isNotNull();
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> topicLike() {
        Arbitrary<String> level = Arbitraries.oneOf(
                Arbitraries.of("acme", "north", "assembly", "line-1", "north-l1-motor-01", "vibration", "", "+", "#"),
                Arbitraries.strings().ofMaxLength(70));
        return level.list().ofMaxSize(8).map(levels -> String.join("/", levels));
    }
}
