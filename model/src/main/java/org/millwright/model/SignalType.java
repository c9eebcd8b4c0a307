package org.millwright.model;

import java.util.Optional;

/**
 * The canonical signals Millwright understands, each with its wire name (the last segment of the MQTT
 * topic) and its canonical unit. Sources in other units are converted at ingest.
 */
public enum SignalType {
    /** Broadband vibration velocity, RMS, 10–1,000 Hz (ISO 20816-3). */
    VIBRATION_VELOCITY("vibration", "mm/s"),
    /** Bearing housing temperature. */
    BEARING_TEMPERATURE("bearing-temperature", "degC"),
    /** Motor phase current, RMS. */
    MOTOR_CURRENT("current", "A"),
    /** 1 while the machine runs, 0 while it stands. */
    RUNNING("running", "bool"),
    /** The controller's active fault code, 0 when none. */
    FAULT_CODE("fault-code", "code");

    private final String wireName;
    private final String unit;

    SignalType(String wireName, String unit) {
        this.wireName = wireName;
        this.unit = unit;
    }

    public String wireName() {
        return wireName;
    }

    public String unit() {
        return unit;
    }

    public static Optional<SignalType> fromWireName(String name) {
        for (SignalType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
