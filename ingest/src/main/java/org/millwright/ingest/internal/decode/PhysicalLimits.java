package org.millwright.ingest.internal.decode;

import java.util.Optional;
import org.millwright.model.SignalType;

/**
 * What is physically possible for each signal in its canonical unit. Only impossibility is judged here
 * (negative vibration, a temperature below absolute zero); whether a value is alarming is detection's job.
 */
public final class PhysicalLimits {
    private static final double ABSOLUTE_ZERO_DEG_C = -273.15;

    private PhysicalLimits() {
    }

    /** Why {@code value} is impossible for {@code type}, or empty when it is possible. */
    public static Optional<String> violation(SignalType type, double value) {
        return switch (type) {
            case VIBRATION_VELOCITY, MOTOR_CURRENT -> value < 0
                    ? Optional.of(describe(type, value) + " is impossible: it must be zero or more")
                    : Optional.empty();
            case BEARING_TEMPERATURE -> value < ABSOLUTE_ZERO_DEG_C
                    ? Optional.of(describe(type, value) + " is below absolute zero (-273.15 degC)")
                    : Optional.empty();
            case RUNNING -> value != 0 && value != 1
                    ? Optional.of(describe(type, value) + " is impossible: it must be 0 (stopped) or 1 (running)")
                    : Optional.empty();
            case FAULT_CODE -> value < 0 || value != Math.rint(value)
                    ? Optional.of(describe(type, value) + " is impossible: a fault code is a whole number, 0 or more")
                    : Optional.empty();
        };
    }

    private static String describe(SignalType type, double value) {
        return type.wireName() + " value " + value + ' ' + type.unit();
    }
}
