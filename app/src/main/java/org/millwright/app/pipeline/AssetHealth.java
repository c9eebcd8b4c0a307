package org.millwright.app.pipeline;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.millwright.detect.Forecast;
import org.millwright.detect.Iso20816Zones;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.Signal;

/**
 * The live health of every asset for the console: last vibration and temperature, the ISO 20816 zone, and the
 * highest severity among its active conditions. Written by the partition threads (one writer per asset), read by
 * any thread.
 */
public class AssetHealth {
    /** One asset's live picture. */
    public record Snapshot(OptionalDouble vibration, OptionalDouble temperature, String zone,
                           Optional<Severity> severity, Optional<Instant> lastSampleAt) {
        static final Snapshot EMPTY = new Snapshot(OptionalDouble.empty(), OptionalDouble.empty(), "",
                Optional.empty(), Optional.empty());
    }

    /**
     * What condition monitoring last concluded about an asset's vibration, for the console's trend chart: the
     * time-to-limit forecast (when there is one) and the learned baseline (once learned).
     */
    public record Assessment(Optional<Forecast> forecast, OptionalDouble baseline) {
        static final Assessment NONE = new Assessment(Optional.empty(), OptionalDouble.empty());
    }

    /** Vibration samples kept per asset for the console's trend chart (10 minutes at 1 Hz). */
    static final int TREND_SAMPLES = 600;

    private final Iso20816Zones zones;
    private final Map<AssetId, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<AssetId, Trend> trends = new ConcurrentHashMap<>();
    private final Map<AssetId, Map<FailureMode, Severity>> active = new ConcurrentHashMap<>();
    private final Map<AssetId, Assessment> assessments = new ConcurrentHashMap<>();

    public AssetHealth(Iso20816Zones zones) {
        this.zones = zones;
    }

    void observe(Asset asset, Signal signal) {
        Snapshot now = snapshot(asset.id());
        if (signal.type() == org.millwright.model.SignalType.VIBRATION_VELOCITY) {
            trends.computeIfAbsent(asset.id(), id -> new Trend(TREND_SAMPLES)).add(signal.observedAt(), signal.value());
        }
        Snapshot next = switch (signal.type()) {
            case VIBRATION_VELOCITY -> new Snapshot(OptionalDouble.of(signal.value()), now.temperature(),
                    zones.classify(asset.machineGroup(), asset.support(), signal.value()).name(), now.severity(),
                    Optional.of(signal.observedAt()));
            case BEARING_TEMPERATURE -> new Snapshot(now.vibration(), OptionalDouble.of(signal.value()), now.zone(),
                    now.severity(), Optional.of(signal.observedAt()));
            default -> new Snapshot(now.vibration(), now.temperature(), now.zone(), now.severity(),
                    Optional.of(signal.observedAt()));
        };
        snapshots.put(asset.id(), next);
    }

    void condition(ConditionEvent event) {
        Map<FailureMode, Severity> conditions = active.computeIfAbsent(event.asset(), id -> new ConcurrentHashMap<>());
        if (event instanceof ConditionRaised raised) {
            conditions.put(raised.failureMode(), raised.severity());
        } else if (event instanceof ConditionEscalated escalated) {
            conditions.put(escalated.failureMode(), escalated.to());
        } else {
            conditions.remove(event.failureMode());
        }
        Snapshot now = snapshot(event.asset());
        Optional<Severity> worst = conditions.values().stream().max(Enum::compareTo);
        snapshots.put(event.asset(), new Snapshot(now.vibration(), now.temperature(), now.zone(), worst,
                now.lastSampleAt()));
    }

    /** Called by the asset's partition thread after detection assessed a vibration sample. */
    void assessed(AssetId asset, Assessment assessment) {
        assessments.put(asset, assessment);
    }

    /** The latest condition-monitoring assessment of the asset's vibration; none before the first. */
    public Assessment assessment(AssetId asset) {
        return assessments.getOrDefault(asset, Assessment.NONE);
    }

    public Snapshot snapshot(AssetId asset) {
        return snapshots.getOrDefault(asset, Snapshot.EMPTY);
    }

    /** The recent vibration samples of an asset, oldest first; empty when none arrived yet. */
    public java.util.List<Trend.Point> trend(AssetId asset) {
        Trend trend = trends.get(asset);
        return trend == null ? java.util.List.of() : trend.points();
    }
}
