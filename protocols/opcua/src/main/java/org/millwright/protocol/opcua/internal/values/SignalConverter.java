package org.millwright.protocol.opcua.internal.values;

import java.time.Instant;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

/**
 * Turns one data value of a monitored node into a signal. Never throws on server data: a value that
 * cannot be a signal (no value, not a number, not finite) gives an empty result and a reason.
 */
public final class SignalConverter {
    private SignalConverter() {
    }

    /** A converted signal, or why the value was dropped. */
    public record Conversion(Optional<Signal> signal, String dropReason) {
        static Conversion of(Signal signal) {
            return new Conversion(Optional.of(signal), "");
        }

        static Conversion dropped(String reason) {
            return new Conversion(Optional.empty(), reason);
        }
    }

    /**
     * @param value      as received
     * @param receivedAt used when the value carries neither a source nor a server timestamp
     */
    public static Conversion convert(AssetId asset, SignalType type, DataValue value, Instant receivedAt) {
        StatusCode status = value.getStatusCode() == null ? StatusCode.GOOD : value.getStatusCode();
        Object raw = value.getValue() == null ? null : value.getValue().getValue();
        Optional<Double> number = toDouble(raw);
        if (number.isEmpty()) {
            return Conversion.dropped(raw == null ? "no value (status " + status + ")"
                    : "value is not numeric: " + raw.getClass().getSimpleName());
        }
        double v = number.get();
        if (!Double.isFinite(v)) {
            return Conversion.dropped("value is not finite: " + v);
        }
        return Conversion.of(new Signal(asset, type, v, observedAt(value, receivedAt), QualityMapping.of(status)));
    }

    /** Source timestamp, else server timestamp, else the arrival time. */
    static Instant observedAt(DataValue value, Instant receivedAt) {
        return usable(value.getSourceTime()).or(() -> usable(value.getServerTime())).orElse(receivedAt);
    }

    private static Optional<Instant> usable(DateTime time) {
        if (time == null || time.isNull()) {
            return Optional.empty();
        }
        return Optional.of(time.getJavaInstant());
    }

    private static Optional<Double> toDouble(Object raw) {
        if (raw instanceof Boolean flag) {
            return Optional.of(flag ? 1.0 : 0.0);
        }
        if (raw instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        return Optional.empty();
    }
}
