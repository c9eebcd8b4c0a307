package org.millwright.detect.internal.engine;

import java.time.Instant;
import java.util.Optional;
import org.millwright.detect.Features;
import org.millwright.detect.Forecast;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.model.Asset;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;

/**
 * Everything detection remembers about one asset. Mutable and not thread-safe: one thread owns it (the thread
 * that owns the asset's partition) and is the only one to pass it to {@link Engine#onSignal}.
 */
public final class AssetMemory {
    final Engine owner;
    final Asset asset;
    final ZoneBoundaries boundaries;
    /** The last sample seen per signal (any quality), indexed by {@link SignalType#ordinal()}. */
    final Instant[] lastSeen = new Instant[SignalType.values().length];
    /** Per rule of the engine, same index. */
    final RuleMemory[] rules;
    /** The severity reported for each failure mode of the engine; null while not active. */
    final Severity[] reported;
    /** Per failure mode: when all its rules cleared while the cool-down runs; null otherwise. */
    final Instant[] clearingSince;
    /** Per failure mode: re-raises within the cool-down that re-joined the open condition. */
    final long[] suppressedReopens;
    /** Per signal ordinal: samples ignored because their quality was not GOOD. */
    final long[] notGoodBySignal = new long[SignalType.values().length];

    long ignoredOutOfOrder;
    long ignoredNotGood;
    long evaluated;

    AssetMemory(Engine owner, Asset asset, ZoneBoundaries boundaries, RuleMemory[] rules, int failureModes) {
        this.owner = owner;
        this.asset = asset;
        this.boundaries = boundaries;
        this.rules = rules;
        this.reported = new Severity[failureModes];
        this.clearingSince = new Instant[failureModes];
        this.suppressedReopens = new long[failureModes];
    }

    public Asset asset() {
        return asset;
    }

    public long ignoredOutOfOrder() {
        return ignoredOutOfOrder;
    }

    public long ignoredNotGood() {
        return ignoredNotGood;
    }

    public long evaluated() {
        return evaluated;
    }

    public long ignoredNotGood(SignalType signal) {
        return notGoodBySignal[signal.ordinal()];
    }

    public long suppressedReopens(FailureMode failureMode) {
        int index = owner.failureModeIndex(failureMode);
        return index < 0 ? 0 : suppressedReopens[index];
    }

    /** Features of the first condition-monitoring rule on {@code signal}, if there is one for this asset. */
    public Optional<Features> features(SignalType signal) {
        for (RuleMemory rule : rules) {
            if (rule.health != null && rule.health.rule.signal() == signal && rule.health.level.size() > 0) {
                return Optional.of(Summaries.features(rule.health, notGoodBySignal[signal.ordinal()]));
            }
        }
        return Optional.empty();
    }

    /** The last forecast of the first condition-monitoring rule on {@code signal}, if it made one. */
    public Optional<Forecast> forecast(SignalType signal) {
        for (RuleMemory rule : rules) {
            if (rule.health != null && rule.health.rule.signal() == signal) {
                return rule.health.forecastView();
            }
        }
        return Optional.empty();
    }

    public Optional<Severity> activeSeverity(FailureMode failureMode) {
        int index = owner.failureModeIndex(failureMode);
        return index < 0 ? Optional.empty() : Optional.ofNullable(reported[index]);
    }
}
