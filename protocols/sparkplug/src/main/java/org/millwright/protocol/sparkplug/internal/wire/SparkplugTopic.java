package org.millwright.protocol.sparkplug.internal.wire;

import java.util.Optional;

/**
 * A parsed edge node topic, {@code spBv1.0/{group}/{type}/{edgeNode}[/{device}]}: device-level types
 * (DBIRTH, DDATA...) have a device id, node-level types have none.
 */
public record SparkplugTopic(String group, MessageType type, String edgeNode, Optional<String> device) {
    /** The Sparkplug B namespace, first topic level. */
    public static final String NAMESPACE = "spBv1.0";
    /** What a valid topic looks like, for rejection messages. */
    public static final String FORM = NAMESPACE + "/{group}/{NBIRTH|NDEATH|NDATA|NCMD}/{edge node} or "
            + NAMESPACE + "/{group}/{DBIRTH|DDEATH|DDATA|DCMD}/{edge node}/{device}";

    /** The topic as a Sparkplug edge node topic, or empty when it is not one (wrong namespace, type or levels). */
    public static Optional<SparkplugTopic> parse(String topic) {
        String[] levels = topic.split("/", -1);
        if (levels.length < 4 || levels.length > 5 || !NAMESPACE.equals(levels[0])) {
            return Optional.empty();
        }
        for (String level : levels) {
            if (level.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<MessageType> type = MessageType.fromText(levels[2]);
        if (type.isEmpty() || type.get().isDeviceLevel() != (levels.length == 5)) {
            return Optional.empty();
        }
        return Optional.of(new SparkplugTopic(levels[1], type.get(), levels[3],
                levels.length == 5 ? Optional.of(levels[4]) : Optional.empty()));
    }

    /** {@code spBv1.0/{group}/NCMD/{edgeNode}}: where a rebirth request for this edge node goes. */
    public static String nodeCommandTopic(String group, String edgeNode) {
        return NAMESPACE + '/' + group + '/' + MessageType.NCMD + '/' + edgeNode;
    }

    /** {@code group/edgeNode[/device]}, for messages. */
    public String source() {
        return group + '/' + edgeNode + device.map(id -> '/' + id).orElse("");
    }
}
