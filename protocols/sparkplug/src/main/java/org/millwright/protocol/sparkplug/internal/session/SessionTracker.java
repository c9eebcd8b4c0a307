package org.millwright.protocol.sparkplug.internal.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.tahu.model.MetricDataTypeMap;
import org.millwright.ingest.RejectReason;
import org.millwright.protocol.sparkplug.MetricMapping;
import org.millwright.protocol.sparkplug.internal.wire.DecodedPayload;
import org.millwright.protocol.sparkplug.internal.wire.MalformedPayloadException;
import org.millwright.protocol.sparkplug.internal.wire.MessageType;
import org.millwright.protocol.sparkplug.internal.wire.Payloads;
import org.millwright.protocol.sparkplug.internal.wire.SparkplugTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host application's state machine: one call per received message, effects through {@link HostEffects}.
 *
 * <ul>
 *   <li>NBIRTH starts a node session (bdSeq, seq, alias maps) and clears a pending rebirth; DBIRTH adds a device.</li>
 *   <li>Every message carrying {@code seq} (BIRTH, DATA, DDEATH) must follow the previous one modulo 256; a gap or
 *       reorder requests one rebirth, and no other until the next NBIRTH. Messages from a node or device that is
 *       not born also request a rebirth and are dropped (normal right after the host starts).</li>
 *   <li>NDEATH with the session's bdSeq, and DDEATH, report the mapped signals of what died as stale; an NDEATH
 *       with another bdSeq belongs to an older session and is ignored.</li>
 *   <li>Unknown topics, undecodable payloads and unknown aliases are rejected; processing goes on.</li>
 * </ul>
 *
 * <p>Not thread-safe: owned by the host's dispatcher thread.
 */
public final class SessionTracker {
    private static final Logger LOG = LoggerFactory.getLogger(SessionTracker.class);

    private final MappingIndex mappings;
    private final HostEffects effects;
    private final Map<String, NodeSession> nodes = new HashMap<>();

    public SessionTracker(List<MetricMapping> mappings, HostEffects effects) {
        this.mappings = new MappingIndex(mappings);
        this.effects = Objects.requireNonNull(effects, "effects");
    }

    /** Handles one message received at {@code receivedAt} (the fallback when neither metric nor payload has a time). */
    public void handle(String topic, byte[] bytes, Instant receivedAt) {
        Optional<SparkplugTopic> parsed = SparkplugTopic.parse(topic);
        if (parsed.isEmpty()) {
            effects.reject(topic, bytes, RejectReason.MALFORMED_TOPIC,
                    "unknown Sparkplug topic " + topic + "; expected " + SparkplugTopic.FORM);
            return;
        }
        SparkplugTopic where = parsed.get();
        if (where.type() == MessageType.NCMD || where.type() == MessageType.DCMD) {
            return; // commands to edge nodes, ours or another host's
        }
        NodeSession node = nodes.computeIfAbsent(where.group() + '/' + where.edgeNode(), key -> new NodeSession());
        DecodedPayload payload;
        try {
            payload = Payloads.decode(bytes, typesFor(where, node));
        } catch (MalformedPayloadException e) {
            effects.reject(topic, bytes, RejectReason.MALFORMED_JSON,
                    "malformed Sparkplug B payload in " + where.type() + " from " + where.source() + ": "
                            + e.getMessage());
            return;
        }
        Message message = new Message(topic, bytes, where, payload, receivedAt, mappings, effects);
        switch (where.type()) {
            case NBIRTH -> nodeBirth(message, node);
            case NDEATH -> nodeDeath(message, node);
            default -> deviceOrData(message, node);
        }
    }

    private static MetricDataTypeMap typesFor(SparkplugTopic where, NodeSession node) {
        if (!node.isBorn() || where.type() == MessageType.NBIRTH || where.type() == MessageType.DBIRTH) {
            return new MetricDataTypeMap();
        }
        Optional<MetricScope> scope = where.device().isPresent()
                ? node.device(where.device().get()) : Optional.of(node.nodeScope());
        return scope.map(MetricScope::types).orElseGet(MetricDataTypeMap::new);
    }

    private void nodeBirth(Message message, NodeSession node) {
        Optional<Long> bdSeq = Payloads.bdSeq(message.payload());
        Optional<Integer> seq = message.seq();
        if (bdSeq.isEmpty() || seq.isEmpty()) {
            message.reject(RejectReason.MISSING_VALUE, "NBIRTH from " + message.where().source() + " has no "
                    + (bdSeq.isEmpty() ? "numeric bdSeq metric" : "seq 0-255") + "; the node stays unborn");
            return;
        }
        MetricScope scope = node.birth(bdSeq.get(), seq.get());
        scope.declare(message.payload().getMetrics());
        LOG.info("Sparkplug NBIRTH from {} (bdSeq {}, {} metrics)", message.where().source(), bdSeq.get(),
                scope.names().size());
        message.deliver(scope);
    }

    private void nodeDeath(Message message, NodeSession node) {
        String source = message.where().source();
        Optional<Long> bdSeq = Payloads.bdSeq(message.payload());
        if (!node.isBorn() || bdSeq.isEmpty() || bdSeq.get() != node.bdSeq()) {
            LOG.info("Sparkplug NDEATH from {} with bdSeq {} ignored: the current session is {}", source,
                    bdSeq.map(String::valueOf).orElse("(none)"),
                    node.isBorn() ? "bdSeq " + node.bdSeq() : "not born");
            return;
        }
        LOG.info("Sparkplug NDEATH from {} (bdSeq {}): its signals are stale", source, node.bdSeq());
        message.staleAll(node.nodeScope(), Optional.empty());
        node.devices().forEach((device, scope) -> message.staleAll(scope, Optional.of(device)));
        node.death();
    }

    private void deviceOrData(Message message, NodeSession node) {
        SparkplugTopic where = message.where();
        if (!node.isBorn()) {
            requestRebirth(where, node, where.type() + " before any NBIRTH");
            return;
        }
        Optional<Integer> seq = message.seq();
        if (seq.isEmpty()) {
            message.reject(RejectReason.WRONG_SEQUENCE_TYPE, where.type() + " from " + where.source()
                    + " has no seq 0-255");
            return;
        }
        if (!node.advance(seq.get())) {
            requestRebirth(where, node, "seq " + seq.get() + " out of order");
        }
        switch (where.type()) {
            case DBIRTH -> {
                MetricScope scope = node.birthDevice(where.device().orElseThrow());
                scope.declare(message.payload().getMetrics());
                message.deliver(scope);
            }
            case DDEATH -> node.removeDevice(where.device().orElseThrow())
                    .ifPresent(scope -> message.staleAll(scope, where.device()));
            case NDATA -> message.deliver(node.nodeScope());
            case DDATA -> {
                Optional<MetricScope> device = node.device(where.device().orElseThrow());
                if (device.isPresent()) {
                    message.deliver(device.get());
                } else {
                    requestRebirth(where, node, "DDATA before the device's DBIRTH");
                }
            }
            default -> throw new IllegalStateException("unexpected " + where.type());
        }
    }

    private void requestRebirth(SparkplugTopic where, NodeSession node, String why) {
        if (node.claimRebirthRequest()) {
            LOG.warn("Sparkplug {} from {}: requesting a rebirth of {}/{}", why, where.source(), where.group(),
                    where.edgeNode());
            effects.requestRebirth(where.group(), where.edgeNode());
        } else {
            LOG.debug("Sparkplug {} from {}: rebirth already requested", why, where.source());
        }
    }
}
