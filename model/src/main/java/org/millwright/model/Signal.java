package org.millwright.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One normalized sample: a value of one canonical signal of one asset at one instant, in the signal's
 * canonical unit.
 *
 * @param asset      the canonical asset id
 * @param type       which signal
 * @param value      the value in {@link SignalType#unit()}; always finite
 * @param observedAt when the source observed it (event time, not arrival time)
 * @param quality    sample quality
 */
public record Signal(AssetId asset, SignalType type, double value, Instant observedAt, Quality quality) {
    public Signal {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(quality, "quality");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("signal value must be finite: " + value);
        }
    }
}
