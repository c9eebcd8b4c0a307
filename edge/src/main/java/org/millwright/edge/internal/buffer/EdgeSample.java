package org.millwright.edge.internal.buffer;

import java.time.Instant;
import java.util.Objects;
import org.millwright.model.Quality;
import org.millwright.model.SignalType;

/**
 * A sample as collected, before it is numbered: which source took it, its unified-namespace topic and its value.
 *
 * @param source     the source id that will number it, e.g. {@code edge-north-01/plc-7}
 * @param topic      {@code enterprise/site/area/line/asset/signal}
 * @param type       the signal, for its unit
 * @param value      in the signal's canonical unit; finite
 * @param observedAt when the source observed it
 * @param quality    the source's quality
 */
public record EdgeSample(String source, String topic, SignalType type, double value, Instant observedAt,
                         Quality quality) {
    public EdgeSample {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(quality, "quality");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
    }

    /**
     * The JSON payload the hub decodes ({@code org.millwright.ingest.JsonSampleDecoder}), with this sample's
     * sequence number and source id; running and fault code as integers.
     */
    public String payload(long seq) {
        String number = type == SignalType.RUNNING || type == SignalType.FAULT_CODE
                ? Long.toString(Math.round(value)) : Double.toString(value);
        return "{\"ts\":\"" + observedAt + "\",\"value\":" + number + ",\"unit\":\"" + type.unit() + "\",\"seq\":"
                + seq + ",\"quality\":\"" + quality.name() + "\",\"src\":\"" + source + "\"}";
    }
}
