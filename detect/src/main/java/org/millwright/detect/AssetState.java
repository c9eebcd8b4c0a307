package org.millwright.detect;

import java.util.Optional;
import org.millwright.detect.internal.engine.AssetMemory;
import org.millwright.model.Asset;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;

/**
 * What a {@link Detector} remembers about one asset between samples: the last sample time per signal, the duration
 * runs and activity of each rule, and which conditions are active.
 *
 * <p><b>Not thread-safe.</b> An asset state is owned by exactly one thread at a time — in the embedded runtime the
 * thread that owns the asset's partition — which is the only one to call {@link Detector#onSignal} with it or read
 * it. Hand it to another thread only with a happens-before edge (e.g. through a queue).
 */
public final class AssetState {
    private final AssetMemory memory;

    AssetState(AssetMemory memory) {
        this.memory = memory;
    }

    AssetMemory memory() {
        return memory;
    }

    /** The asset this state belongs to. */
    public Asset asset() {
        return memory.asset();
    }

    /** Samples ignored because they were not newer than the last sample of the same signal (duplicates, reordering). */
    public long ignoredOutOfOrder() {
        return memory.ignoredOutOfOrder();
    }

    /** Samples ignored because their quality was not GOOD. */
    public long ignoredNotGood() {
        return memory.ignoredNotGood();
    }

    /** Samples of {@code signal} ignored because their quality was not GOOD. */
    public long ignoredNotGood(SignalType signal) {
        return memory.ignoredNotGood(signal);
    }

    /**
     * How often a failure mode raised again within the rule set's cool-down and was kept in its open condition
     * instead of raising a new one (flapping).
     */
    public long suppressedReopens(FailureMode failureMode) {
        return memory.suppressedReopens(failureMode);
    }

    /** The current sliding-window features of {@code signal}, when a condition-monitoring rule watches it. */
    public Optional<Features> features(SignalType signal) {
        return memory.features(signal);
    }

    /**
     * The time-to-limit forecast the condition-monitoring rule on {@code signal} made at its last assessed sample;
     * empty when no such rule applies to the asset, it disables forecasts ({@code forecastHorizon: PT0S}), it is
     * still learning its baseline, or the trend does not rise (the slow end of its 95 % band is flat or falling).
     * Allocates; call it when needed, not for every sample.
     */
    public Optional<Forecast> forecast(SignalType signal) {
        return memory.forecast(signal);
    }

    /** Samples evaluated against the rules. */
    public long evaluated() {
        return memory.evaluated();
    }

    /** The severity last reported for an active condition of this failure mode; empty when it is not active. */
    public Optional<Severity> activeSeverity(FailureMode failureMode) {
        return memory.activeSeverity(failureMode);
    }

    @Override
    public String toString() {
        return "AssetState[" + asset().id() + ", evaluated=" + evaluated() + ", ignoredOutOfOrder="
                + ignoredOutOfOrder() + ", ignoredNotGood=" + ignoredNotGood() + "]";
    }
}
