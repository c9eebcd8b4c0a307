package org.millwright.protocol.sparkplug.internal.session;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.millwright.ingest.RejectReason;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.protocol.sparkplug.MetricMapping;
import org.millwright.protocol.sparkplug.internal.wire.DecodedPayload;
import org.millwright.protocol.sparkplug.internal.wire.SparkplugTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One decoded message being handled: turns its mapped metrics into signals and rejects what cannot be read. */
record Message(String topic, byte[] bytes, SparkplugTopic where, DecodedPayload decoded, Instant receivedAt,
               MappingIndex mappings, HostEffects effects) {
    private static final Logger LOG = LoggerFactory.getLogger(Message.class);

    SparkplugBPayload payload() {
        return decoded.payload();
    }

    /** The payload's {@code seq}, when present and within 0–255. */
    Optional<Integer> seq() {
        Long seq = payload().getSeq();
        return seq == null || seq < 0 || seq >= NodeSession.SEQ_MODULUS ? Optional.empty()
                : Optional.of(seq.intValue());
    }

    void reject(RejectReason reason, String detail) {
        effects.reject(topic, bytes, reason, detail);
    }

    /** Delivers every mapped metric, resolving aliases through {@code scope}; unmapped metrics are skipped. */
    void deliver(MetricScope scope) {
        String source = where.source();
        int unknownAliases = 0;
        for (long alias : decoded.aliasOnly()) {
            if (scope.nameOf(alias).isEmpty()) {
                unknownAliases++;
                reject(RejectReason.UNKNOWN_SIGNAL, "unknown alias " + alias + " in " + where.type() + " from "
                        + source + ": not declared in its BIRTH");
            }
        }
        if (decoded.droppedMetrics() > unknownAliases) {
            reject(RejectReason.MALFORMED_JSON, (decoded.droppedMetrics() - unknownAliases) + " metric(s) in "
                    + where.type() + " from " + source + " could not be decoded (bad value or data type)");
        }
        for (Metric metric : payload().getMetrics()) {
            Optional<String> name = metric.hasName() ? Optional.of(metric.getName())
                    : metric.hasAlias() ? scope.nameOf(metric.getAlias()) : Optional.empty();
            if (name.isEmpty()) {
                if (!metric.hasAlias()) {
                    reject(RejectReason.UNKNOWN_SIGNAL, "metric without name or alias in " + where.type() + " from "
                            + source);
                }
                continue; // an unknown alias was rejected above
            }
            Optional<MetricMapping> mapping = mappings.find(source, name.get());
            if (mapping.isPresent()) {
                deliver(metric, mapping.get());
            }
        }
    }

    /** Reports every mapped metric of {@code scope} stale; {@code device} names the scope's device, if any. */
    void staleAll(MetricScope scope, Optional<String> device) {
        String source = where.group() + '/' + where.edgeNode() + device.map(id -> '/' + id).orElse("");
        for (String name : scope.names()) {
            mappings.find(source, name).ifPresent(mapping -> effects.stale(mapping.asset(), mapping.type()));
        }
    }

    private void deliver(Metric metric, MetricMapping mapping) {
        Object value = metric.getValue();
        if (Boolean.TRUE.equals(metric.isNull()) || value == null) {
            LOG.debug("Sparkplug metric {} of {} is null: no sample", mapping.metric(), mapping.source());
            return;
        }
        double number;
        if (value instanceof Number numeric) {
            number = numeric.doubleValue();
        } else if (value instanceof Boolean flag) {
            number = flag ? 1 : 0;
        } else {
            reject(RejectReason.WRONG_VALUE_TYPE, "metric " + mapping.metric() + " of " + mapping.source() + " is "
                    + metric.getDataType() + ", not a number or boolean");
            return;
        }
        double scaled = number * mapping.scale();
        if (!Double.isFinite(scaled)) {
            reject(RejectReason.NON_FINITE_VALUE, "metric " + mapping.metric() + " of " + mapping.source()
                    + " is " + number + (mapping.scale() == 1 ? "" : " (scaled by " + mapping.scale() + ")"));
            return;
        }
        Signal signal = new Signal(mapping.asset(), mapping.type(), scaled, observedAt(metric), Quality.GOOD);
        if (Boolean.TRUE.equals(metric.isHistorical())) {
            effects.historical(signal);
        } else {
            effects.live(signal);
        }
    }

    private Instant observedAt(Metric metric) {
        Date time = metric.getTimestamp() != null ? metric.getTimestamp() : payload().getTimestamp();
        return time == null ? receivedAt : time.toInstant();
    }
}
