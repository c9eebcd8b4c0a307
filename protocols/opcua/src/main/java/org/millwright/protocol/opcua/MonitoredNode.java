package org.millwright.protocol.opcua;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;

/**
 * One server variable to subscribe to and the canonical signal its values become.
 *
 * @param nodeId           the node id in OPC UA string form, e.g. {@code ns=2;s=Line1/Motor1/Vibration};
 *                         the value must already be in the signal type's canonical unit
 * @param asset            the canonical asset the values belong to
 * @param type             the canonical signal
 * @param samplingInterval how often the server samples the variable, at least 1 ms
 * @param absoluteDeadband when present, the server reports a change only when the value moved by more than
 *                         this (an absolute deadband data-change filter); at least 0
 */
public record MonitoredNode(String nodeId, AssetId asset, SignalType type, Duration samplingInterval,
                            Optional<Double> absoluteDeadband) {
    public MonitoredNode {
        Objects.requireNonNull(nodeId, "nodeId");
        if (nodeId.isBlank()) {
            throw new IllegalArgumentException("nodeId must not be blank");
        }
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(samplingInterval, "samplingInterval");
        if (samplingInterval.toMillis() < 1) {
            throw new IllegalArgumentException("samplingInterval of node " + nodeId + " must be at least 1 ms, was "
                    + samplingInterval);
        }
        Objects.requireNonNull(absoluteDeadband, "absoluteDeadband");
        absoluteDeadband.ifPresent(deadband -> {
            if (!(deadband >= 0) || deadband.isInfinite()) {
                throw new IllegalArgumentException("absoluteDeadband of node " + nodeId
                        + " must be a finite number >= 0, was " + deadband);
            }
        });
    }

    /** A node sampled every {@code samplingInterval}, reporting every change (no deadband). */
    public static MonitoredNode of(String nodeId, AssetId asset, SignalType type, Duration samplingInterval) {
        return new MonitoredNode(nodeId, asset, type, samplingInterval, Optional.empty());
    }

    /** With an absolute deadband in the signal's canonical unit. */
    public MonitoredNode withAbsoluteDeadband(double deadband) {
        return new MonitoredNode(nodeId, asset, type, samplingInterval, Optional.of(deadband));
    }
}
