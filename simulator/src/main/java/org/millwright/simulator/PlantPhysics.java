package org.millwright.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;
import org.millwright.simulator.internal.physics.AssetModel;

/**
 * The values a plant's sensors read, as a pure function of (seed, asset, signal, plant time) plus the set of
 * repaired assets: the same seed and the same times give the same values, in any call order.
 *
 * <p>Healthy machines vibrate at 40–60 % of their ISO 20816-3 B/C boundary (zone A/B) with ±3 % noise, run
 * their bearings at about 50–65 °C depending on load, draw current from rated power and a slowly varying load,
 * report running = 1 and fault code 0. A bearing-wear {@link Degradation} raises vibration smoothly
 * (exponential growth) to 1.4 × the C/D boundary at functional failure and bearing temperature by 35 °C;
 * after failure both keep rising slowly.
 *
 * <p>Thread-safe: {@link #repair} may be called from any thread while another reads values.
 */
public final class PlantPhysics {
    private final Map<AssetId, AssetModel> models;
    private final Map<AssetId, Degradation> degradations;
    private final Set<AssetId> repaired = ConcurrentHashMap.newKeySet();

    /**
     * @param plant the machines and scripted degradations
     * @param seed  seeds every random draw
     */
    public PlantPhysics(PlantDefinition plant, long seed) {
        this(plant, seed, false);
    }

    /**
     * A plant that may run realistically. With {@code realistic}, the healthy machines of a fleet spread wider
     * (30–90 % of their B/C boundary instead of 40–60 %: some have always run in the upper part of zone B and reach
     * zone C at full load) and every asset sees non-stationary operation, seeded and a pure function of plant time:
     * a production load that changes with every eight-hour shift (−0.25 to +0.15 of rated load) and steps by up to
     * ±10 % every 20 minutes within it, moving vibration by about −20 % to +10 %; in about one two-hour block in
     * seven (never the first) a stop of 5–40 minutes (running 0, vibration near zero, no current, the bearing
     * cooling towards 25 °C) and a restart with 2.5 × vibration settling in seconds, an inrush of 5 × full-load
     * current and the bearing re-heating; single-sample sensor spikes (3–6 × vibration, +15 °C; each lasts one
     * second, so never two samples in a row at 1 s) in about three five-minute slots in ten; and in about one
     * six-hour block in ten (never the first) a drop-out during which the asset reports nothing (see
     * {@link #reporting}): mostly minutes, now and then up to three hours. Scripted degradations and their
     * {@link GroundTruth} are the same either way.
     *
     * @param plant     the machines and scripted degradations
     * @param seed      seeds every random draw
     * @param realistic whether to add the non-stationary operation described above
     */
    public PlantPhysics(PlantDefinition plant, long seed, boolean realistic) {
        Objects.requireNonNull(plant, "plant");
        Map<AssetId, AssetModel> byId = new LinkedHashMap<>();
        plant.assets().forEach(asset -> byId.put(asset.id(), AssetModel.of(asset, seed, realistic)));
        this.models = Map.copyOf(byId);
        Map<AssetId, Degradation> byAsset = new LinkedHashMap<>();
        plant.degradations().forEach(d -> byAsset.put(d.asset(), d));
        this.degradations = Map.copyOf(byAsset);
    }

    /**
     * The value of one signal of one asset at a plant time, in {@link SignalType#unit()}.
     *
     * @param plantTime time since the plant started, zero or more
     * @throws IllegalArgumentException when the plant has no such asset or the time is negative
     */
    public double value(AssetId asset, SignalType signal, Duration plantTime) {
        Objects.requireNonNull(signal, "signal");
        if (plantTime.isNegative()) {
            throw new IllegalArgumentException("plant time must not be negative: " + plantTime);
        }
        long millis = plantTime.toMillis();
        double wear = degradation(asset).map(d -> AssetModel.wear(d, millis)).orElse(0.0);
        return model(asset).value(signal, millis, wear);
    }

    /**
     * Whether the asset reports samples at this plant time: always, unless the plant is realistic and the asset is
     * in a drop-out.
     *
     * @throws IllegalArgumentException when the plant has no such asset
     */
    public boolean reporting(AssetId asset, Duration plantTime) {
        return model(asset).reporting(plantTime.toMillis());
    }

    /** The ground truth of the asset's scripted degradation, unless it was repaired. */
    public Optional<GroundTruth> groundTruth(AssetId asset) {
        return degradation(asset).map(GroundTruth::of);
    }

    /**
     * Replaces the asset's bearing: from now on it reads healthy values and its scripted degradation, started
     * or not, is cancelled.
     *
     * @throws IllegalArgumentException when the plant has no such asset
     */
    public void repair(AssetId asset) {
        model(asset);
        repaired.add(asset);
    }

    /** The asset's scripted degradation, unless it was repaired. */
    public Optional<Degradation> degradation(AssetId asset) {
        Objects.requireNonNull(asset, "asset");
        return repaired.contains(asset) ? Optional.empty() : Optional.ofNullable(degradations.get(asset));
    }

    private AssetModel model(AssetId asset) {
        Objects.requireNonNull(asset, "asset");
        AssetModel model = models.get(asset);
        if (model == null) {
            throw new IllegalArgumentException("the plant has no asset '" + asset + "'");
        }
        return model;
    }
}
