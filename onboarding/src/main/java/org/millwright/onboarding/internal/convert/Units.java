package org.millwright.onboarding.internal.convert;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.model.SignalType;

/**
 * The units a tag may deliver each signal in, and how each converts to the signal's canonical unit
 * ({@link SignalType#unit()}). Conversions are exact by definition (1 in = 25.4 mm, 0 degC = 273.15 K,
 * degF = degC * 9/5 + 32).
 */
public final class Units {
    private static final Map<SignalType, Map<String, Conversion>> TABLE = new EnumMap<>(SignalType.class);

    static {
        Map<String, Conversion> velocity = new LinkedHashMap<>();
        velocity.put("mm/s", Conversion.IDENTITY);
        velocity.put("cm/s", Conversion.scale(10));
        velocity.put("m/s", Conversion.scale(1000));
        velocity.put("in/s", Conversion.scale(25.4));
        velocity.put("ips", Conversion.scale(25.4));
        TABLE.put(SignalType.VIBRATION_VELOCITY, velocity);

        Map<String, Conversion> temperature = new LinkedHashMap<>();
        temperature.put("degC", Conversion.IDENTITY);
        temperature.put("°C", Conversion.IDENTITY);
        temperature.put("degF", new Conversion(5.0 / 9.0, -32 * 5.0 / 9.0));
        temperature.put("°F", new Conversion(5.0 / 9.0, -32 * 5.0 / 9.0));
        temperature.put("K", new Conversion(1, -273.15));
        TABLE.put(SignalType.BEARING_TEMPERATURE, temperature);

        Map<String, Conversion> current = new LinkedHashMap<>();
        current.put("A", Conversion.IDENTITY);
        current.put("mA", Conversion.scale(0.001));
        current.put("kA", Conversion.scale(1000));
        TABLE.put(SignalType.MOTOR_CURRENT, current);

        TABLE.put(SignalType.RUNNING, Map.of("bool", Conversion.IDENTITY));
        TABLE.put(SignalType.FAULT_CODE, Map.of("code", Conversion.IDENTITY));
    }

    private Units() {
    }

    /** How a value of {@code signal} in {@code unit} becomes the canonical unit; empty when the unit does not fit. */
    public static Optional<Conversion> toCanonical(SignalType signal, String unit) {
        return Optional.ofNullable(TABLE.get(signal).get(unit));
    }

    /** The units {@code signal} may be delivered in, canonical first. */
    public static List<String> allowed(SignalType signal) {
        return new ArrayList<>(TABLE.get(signal).keySet());
    }
}
