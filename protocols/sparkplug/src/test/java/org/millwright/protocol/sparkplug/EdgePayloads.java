package org.millwright.protocol.sparkplug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import org.eclipse.tahu.SparkplugInvalidTypeException;
import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;

/** Builds what a Tahu edge node publishes: BIRTH metrics with name and alias, DATA metrics by alias only. */
public final class EdgePayloads {
    private EdgePayloads() {
    }

    /** A BIRTH metric: name, alias, type and current value. */
    public static Metric birthMetric(String name, long alias, MetricDataType type, Object value, Instant at) {
        return create(new Metric.MetricBuilder(name, type, value).alias(alias).timestamp(Date.from(at)));
    }

    /** The {@code bdSeq} metric of NBIRTH and NDEATH. */
    public static Metric bdSeq(long value) {
        return create(new Metric.MetricBuilder("bdSeq", MetricDataType.Int64, value));
    }

    /** A DATA metric that refers to its BIRTH declaration by alias only. */
    public static Metric aliased(long alias, MetricDataType type, Object value, Instant at) {
        return create(new Metric.MetricBuilder(alias, type, value).timestamp(Date.from(at)));
    }

    /** The same kind of DATA metric, flagged as store-and-forward history. */
    public static Metric historical(long alias, MetricDataType type, Object value, Instant at) {
        return create(new Metric.MetricBuilder(alias, type, value).timestamp(Date.from(at)).isHistorical(true));
    }

    /** A BIRTH payload: keeps data types. */
    public static byte[] birth(long seq, Instant at, Metric... metrics) {
        return encode(seq, at, false, metrics);
    }

    /** A DATA or DDEATH payload: data types stripped, as edge nodes may do once a BIRTH declared them. */
    public static byte[] data(long seq, Instant at, Metric... metrics) {
        return encode(seq, at, true, metrics);
    }

    /** An NDEATH payload: no seq, just the bdSeq. */
    public static byte[] death(long bdSeq, Instant at) {
        return encode(null, at, false, bdSeq(bdSeq));
    }

    private static byte[] encode(Long seq, Instant at, boolean stripTypes, Metric... metrics) {
        SparkplugBPayload.SparkplugBPayloadBuilder builder = new SparkplugBPayload.SparkplugBPayloadBuilder()
                .setTimestamp(Date.from(at));
        if (seq != null) {
            builder.setSeq(seq);
        }
        for (Metric metric : metrics) {
            builder.addMetric(metric);
        }
        try {
            return new SparkplugBPayloadEncoder().getBytes(builder.createPayload(), stripTypes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Metric create(Metric.MetricBuilder builder) {
        try {
            return builder.createMetric();
        } catch (SparkplugInvalidTypeException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
