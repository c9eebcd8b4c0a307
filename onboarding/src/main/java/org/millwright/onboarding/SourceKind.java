package org.millwright.onboarding;

/** The protocols a plant source can speak, each with the {@code kind} it has in a plant file. */
public enum SourceKind {
    /** JSON samples on MQTT topics of the plant's own layout. */
    MQTT_JSON("mqtt-json"),
    /** A Sparkplug B 3.0 primary host application for the plant's groups. */
    SPARKPLUG("sparkplug"),
    /** An OPC UA client subscribed to the plant's server nodes. */
    OPCUA("opcua");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    /** The {@code kind} in a plant file, e.g. {@code mqtt-json}. */
    public String code() {
        return code;
    }
}
