package org.millwright.protocol.sparkplug;

import java.util.Objects;
import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;

/**
 * Maps one Sparkplug metric to one canonical signal: the metric {@link #metric() name} published by edge
 * node {@link #edgeNode()} of {@link #group()}, either on the node itself ({@link #device()} empty) or on
 * one of its devices, becomes {@link #type()} of {@link #asset()}, multiplied by {@link #scale()} to reach
 * the signal's canonical unit ({@link SignalType#unit()}).
 *
 * @param group    Sparkplug group id
 * @param edgeNode edge node id
 * @param device   device id, empty for a node-level metric
 * @param metric   the metric name as declared in the BIRTH, e.g. {@code Motor/Vibration}
 * @param asset    the canonical asset
 * @param type     the canonical signal
 * @param scale    factor from the metric's unit to the canonical unit; finite and not zero
 */
public record MetricMapping(String group, String edgeNode, Optional<String> device, String metric, AssetId asset,
                            SignalType type, double scale) {
    public MetricMapping {
        requireId(group, "group");
        requireId(edgeNode, "edgeNode");
        Objects.requireNonNull(device, "device").ifPresent(id -> requireId(id, "device"));
        if (Objects.requireNonNull(metric, "metric").isEmpty()) {
            throw new IllegalArgumentException("metric name must not be empty");
        }
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(type, "type");
        if (!Double.isFinite(scale) || scale == 0) {
            throw new IllegalArgumentException("scale of metric " + metric + " must be finite and not zero, was "
                    + scale);
        }
    }

    /** A node-level metric, unscaled. */
    public static MetricMapping node(String group, String edgeNode, String metric, AssetId asset, SignalType type) {
        return new MetricMapping(group, edgeNode, Optional.empty(), metric, asset, type, 1.0);
    }

    /** A device-level metric, unscaled. */
    public static MetricMapping device(String group, String edgeNode, String device, String metric, AssetId asset,
                                      SignalType type) {
        return new MetricMapping(group, edgeNode, Optional.of(device), metric, asset, type, 1.0);
    }

    /** The same mapping with another scale factor. */
    public MetricMapping withScale(double factor) {
        return new MetricMapping(group, edgeNode, device, metric, asset, type, factor);
    }

    /** {@code group/edgeNode[/device]}, for messages. */
    public String source() {
        return group + '/' + edgeNode + device.map(id -> '/' + id).orElse("");
    }

    /** Sparkplug ids are MQTT topic levels: not empty, no {@code / + #}. */
    static void requireId(String id, String name) {
        Objects.requireNonNull(id, name);
        if (id.isEmpty() || id.contains("/") || id.contains("+") || id.contains("#")) {
            throw new IllegalArgumentException(name + " must be a non-empty Sparkplug id without '/', '+' or '#', was '"
                    + id + "'");
        }
    }
}
