package org.millwright.detect.internal.engine;

import java.time.Instant;
import java.util.Optional;
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

    long ignoredOutOfOrder;
    long ignoredNotGood;
    long evaluated;

    AssetMemory(Engine owner, Asset asset, ZoneBoundaries boundaries, RuleMemory[] rules, int failureModes) {
        this.owner = owner;
        this.asset = asset;
        this.boundaries = boundaries;
        this.rules = rules;
        this.reported = new Severity[failureModes];
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

    public Optional<Severity> activeSeverity(FailureMode failureMode) {
        int index = owner.failureModeIndex(failureMode);
        return index < 0 ? Optional.empty() : Optional.ofNullable(reported[index]);
    }
}
