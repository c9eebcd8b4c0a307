package org.millwright.simulator.internal.mqtt;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.millwright.model.Quality;
import org.millwright.model.SignalType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Topic names and JSON payloads of the unified namespace, as documented in the API package. */
public final class SampleCodec {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter MILLIS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SampleCodec() {
    }

    /** {@code enterprise/site/area/line/asset/signal}. */
    public static String topic(Asset asset, SignalType signal) {
        return asset.location().path() + '/' + asset.id().value() + '/' + signal.wireName();
    }

    /**
     * {@code {"ts":"2026-05-01T08:00:00.000Z","value":1.234,"unit":"mm/s","seq":1,"quality":"GOOD"}}; running and
     * fault code as integers, measurements rounded to what a field sensor resolves.
     */
    public static byte[] encode(Instant timestamp, SignalType signal, double value, long seq) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ts", MILLIS_UTC.format(timestamp));
        switch (signal) {
            case RUNNING, FAULT_CODE -> node.put("value", Math.round(value));
            case VIBRATION_VELOCITY -> node.put("value", round(value, 1000));
            default -> node.put("value", round(value, 100));
        }
        node.put("unit", signal.unit());
        node.put("seq", seq);
        node.put("quality", Quality.GOOD.name());
        return JSON.writeValueAsBytes(node);
    }

    /** The value as the payload writes it: integers for running and fault code, measurements rounded. */
    public static String valueText(SignalType signal, double value) {
        return switch (signal) {
            case RUNNING, FAULT_CODE -> Long.toString(Math.round(value));
            case VIBRATION_VELOCITY -> Double.toString(round(value, 1000));
            default -> Double.toString(round(value, 100));
        };
    }

    /** The sample time as the payload writes it: ISO-8601 UTC with milliseconds. */
    public static String timestampText(Instant timestamp) {
        return MILLIS_UTC.format(timestamp);
    }

    /**
     * The asset of a maintenance-completed message {@code {"assetId":"…"}}; empty, never an exception, when the
     * payload is not such a message.
     */
    public static Optional<AssetId> decodeRepair(byte[] payload) {
        try {
            JsonNode assetId = JSON.readTree(payload).path("assetId");
            return assetId.isString() && AssetId.isValid(assetId.asString())
                    ? Optional.of(AssetId.of(assetId.asString()))
                    : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
