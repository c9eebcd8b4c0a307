package org.millwright.protocol.sparkplug.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.model.MetricDataTypeMap;
import org.junit.jupiter.api.Test;

class PayloadsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00.123Z");

    @Test
    void encodesTheRebirthRequestAsTahuReadsIt() throws Exception {
        DecodedPayload decoded = Payloads.decode(Payloads.rebirthRequest(NOW), new MetricDataTypeMap());

        assertThat(decoded.payload().getTimestamp().toInstant()).isEqualTo(NOW);
        assertThat(decoded.payload().getMetrics()).singleElement().satisfies((Metric metric) -> {
            assertThat(metric.getName()).isEqualTo("Node Control/Rebirth");
            assertThat(metric.getValue()).isEqualTo(true);
        });
        assertThat(decoded.droppedMetrics()).isZero();
    }

    @Test
    void writesTheStateMessageAsSparkplug3Json() {
        assertThat(new String(Payloads.state(true, NOW), StandardCharsets.UTF_8))
                .isEqualTo("{\"online\":true,\"timestamp\":1795608000123}");
        assertThat(new String(Payloads.state(false, NOW), StandardCharsets.UTF_8))
                .isEqualTo("{\"online\":false,\"timestamp\":1795608000123}");
    }

    @Test
    void rejectsEmptyAndNonProtobufPayloadsWithAReason() {
        assertThatThrownBy(() -> Payloads.decode(new byte[0], new MetricDataTypeMap()))
                .isInstanceOf(MalformedPayloadException.class).hasMessage("payload is empty");
        assertThatThrownBy(() -> Payloads.decode(new byte[] {0x12, 0x7f, 0x01}, new MetricDataTypeMap()))
                .isInstanceOf(MalformedPayloadException.class).hasMessageStartingWith("not a Sparkplug B protobuf payload");
    }
}
