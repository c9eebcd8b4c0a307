package org.millwright.protocol.sparkplug.internal.wire;

import java.util.Optional;

/** The Sparkplug B message types that appear under a group ({@code STATE} has its own namespace). */
public enum MessageType {
    NBIRTH, NDEATH, DBIRTH, DDEATH, NDATA, DDATA, NCMD, DCMD;

    /** Whether the topic of this type names a device after the edge node. */
    public boolean isDeviceLevel() {
        return name().charAt(0) == 'D';
    }

    /** The type spelled exactly like this, or empty. */
    public static Optional<MessageType> fromText(String text) {
        for (MessageType type : values()) {
            if (type.name().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
