package org.millwright.protocol.sparkplug.internal.wire;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.tahu.SparkplugInvalidTypeException;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.eclipse.tahu.model.MetricDataTypeMap;
import org.eclipse.tahu.protobuf.SparkplugBProto;

/** Sparkplug B protobuf payloads through Eclipse Tahu. Stateless and thread-safe. */
public final class Payloads {
    /** The NCMD metric that asks an edge node to publish its BIRTH certificates again. */
    public static final String REBIRTH_METRIC = "Node Control/Rebirth";
    /** The NBIRTH/NDEATH metric carrying the MQTT session's birth-death sequence number. */
    public static final String BD_SEQ_METRIC = "bdSeq";

    private Payloads() {
    }

    /**
     * Decodes a payload; {@code types} supplies the data type of metrics that carry only an alias.
     *
     * @throws MalformedPayloadException naming the problem when the bytes are not a Sparkplug B payload
     */
    public static DecodedPayload decode(byte[] bytes, MetricDataTypeMap types) throws MalformedPayloadException {
        if (bytes.length == 0) {
            throw new MalformedPayloadException("payload is empty");
        }
        SparkplugBProto.Payload wire;
        try {
            wire = SparkplugBProto.Payload.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedPayloadException("not a Sparkplug B protobuf payload: " + e.getMessage(), e);
        }
        List<Long> aliasOnly = new ArrayList<>();
        for (SparkplugBProto.Payload.Metric metric : wire.getMetricsList()) {
            if (!metric.hasName() && metric.hasAlias()) {
                aliasOnly.add(metric.getAlias());
            }
        }
        try {
            SparkplugBPayload payload = new SparkplugBPayloadDecoder().buildFromByteArray(bytes, types);
            if (payload == null) {
                throw new MalformedPayloadException("payload could not be decoded");
            }
            return new DecodedPayload(payload, aliasOnly, wire.getMetricsCount());
        } catch (MalformedPayloadException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedPayloadException("Sparkplug B payload could not be decoded: " + e.getMessage(), e);
        }
    }

    /** The {@code bdSeq} metric's value, if the payload carries a numeric one. */
    public static Optional<Long> bdSeq(SparkplugBPayload payload) {
        for (Metric metric : payload.getMetrics()) {
            if (BD_SEQ_METRIC.equals(metric.getName()) && metric.getValue() instanceof Number number) {
                return Optional.of(number.longValue());
            }
        }
        return Optional.empty();
    }

    /** The NCMD payload {@code Node Control/Rebirth = true}, stamped {@code now}. */
    public static byte[] rebirthRequest(Instant now) {
        try {
            Metric rebirth = new Metric.MetricBuilder(REBIRTH_METRIC, MetricDataType.Boolean, true)
                    .timestamp(Date.from(now)).createMetric();
            SparkplugBPayload payload = new SparkplugBPayload.SparkplugBPayloadBuilder()
                    .setTimestamp(Date.from(now)).addMetric(rebirth).createPayload();
            return new SparkplugBPayloadEncoder().getBytes(payload, false);
        } catch (SparkplugInvalidTypeException e) {
            throw new IllegalStateException("Tahu rejected a Boolean rebirth metric", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the rebirth request", e);
        }
    }

    /** The primary host STATE payload: {@code {"online":true|false,"timestamp":ms}}. */
    public static byte[] state(boolean online, Instant timestamp) {
        return ("{\"online\":" + online + ",\"timestamp\":" + timestamp.toEpochMilli() + '}')
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
