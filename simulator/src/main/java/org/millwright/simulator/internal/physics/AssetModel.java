package org.millwright.simulator.internal.physics;

import org.millwright.model.SignalType;
import org.millwright.simulator.Degradation;
import org.millwright.simulator.SimAsset;

/**
 * The signal model of one machine. Its healthy operating point (vibration baseline, temperature, load) is drawn
 * once from the seed; each sample adds seeded noise keyed by signal and plant time. A wear severity
 * (see {@link BearingWear}) raises vibration from the baseline towards 1.4 × the C/D boundary, bearing
 * temperature by up to 35 °C and current slightly, through friction.
 */
public final class AssetModel {
    private static final double LINE_VOLTS = 400;
    private static final double POWER_FACTOR = 0.86;
    private static final double EFFICIENCY = 0.93;
    private static final double LOAD_PERIOD_MILLIS = 10 * 60 * 1000;
    private static final double FAILURE_VIBRATION_FACTOR = 1.4;
    private static final double WEAR_TEMPERATURE_RISE = 35;
    private static final double WEAR_CURRENT_RISE = 0.06;

    private final long seed;
    private final long key;
    private final double baselineVelocity;
    private final double failureVelocity;
    private final double baseTemperature;
    private final double nominalLoad;
    private final double loadPhase;
    private final double fullLoadCurrent;
    private final Realism realism;

    private AssetModel(long seed, SimAsset asset, boolean realistic) {
        this.seed = seed;
        this.key = SeededNoise.key(asset.id().value());
        ZoneBoundaries zones = ZoneBoundaries.of(asset.asset().machineGroup(), asset.asset().support());
        // Healthy machines run at 40–60 % of the B/C boundary: zone A or B, never near C. A realistic fleet spreads
        // wider, 30–90 %: some healthy machines have always run in the upper part of zone B (rough foundations,
        // old machines that were accepted so), and reach zone C at full load.
        double spread = SeededNoise.uniform(seed, key, 1);
        this.baselineVelocity = zones.bc() * (realistic ? 0.3 + 0.6 * spread : 0.4 + 0.2 * spread);
        this.failureVelocity = FAILURE_VIBRATION_FACTOR * zones.cd();
        this.baseTemperature = 50 + 8 * SeededNoise.uniform(seed, key, 2);
        this.nominalLoad = 0.6 + 0.3 * SeededNoise.uniform(seed, key, 3);
        this.loadPhase = 2 * Math.PI * SeededNoise.uniform(seed, key, 4);
        this.fullLoadCurrent = asset.ratedPowerKw() * 1000 / (Math.sqrt(3) * LINE_VOLTS * POWER_FACTOR * EFFICIENCY);
        this.realism = realistic ? new Realism(seed, key) : null;
    }

    /** The model of {@code asset} under {@code seed}; same inputs, same model. */
    public static AssetModel of(SimAsset asset, long seed) {
        return new AssetModel(seed, asset, false);
    }

    /** The model of {@code asset} under {@code seed}, with {@link Realism non-stationary operation} when asked. */
    public static AssetModel of(SimAsset asset, long seed, boolean realistic) {
        return new AssetModel(seed, asset, realistic);
    }

    /** Whether the asset reports samples at {@code plantMillis}; false only inside a realistic drop-out. */
    public boolean reporting(long plantMillis) {
        return realism == null || realism.reporting(plantMillis);
    }

    /**
     * The value of {@code signal} at {@code plantMillis} for bearing-wear severity {@code wear}
     * (0 healthy, 1 functional failure), in the signal's canonical unit.
     */
    public double value(SignalType signal, long plantMillis, double wear) {
        return realism == null ? steady(signal, plantMillis, wear) : realistic(signal, plantMillis, wear);
    }

    private double steady(SignalType signal, long plantMillis, double wear) {
        double noise = SeededNoise.gaussian(seed, key, signal.ordinal(), plantMillis);
        return switch (signal) {
            case VIBRATION_VELOCITY -> (baselineVelocity + (failureVelocity - baselineVelocity) * wear) * (1 + 0.03 * noise);
            case BEARING_TEMPERATURE -> baseTemperature + 7 * load(plantMillis) + WEAR_TEMPERATURE_RISE * wear + 0.3 * noise;
            case MOTOR_CURRENT -> fullLoadCurrent * load(plantMillis) * (1 + WEAR_CURRENT_RISE * wear) * (1 + 0.01 * noise);
            case RUNNING -> 1;
            case FAULT_CODE -> 0;
        };
    }

    private double realistic(SignalType signal, long t, double wear) {
        double noise = SeededNoise.gaussian(seed, key, signal.ordinal(), t);
        boolean running = realism.running(t);
        double load = Math.max(0.2, Math.min(1.0, load(t) + realism.shiftLoad(t) + realism.loadStep(t)));
        return switch (signal) {
            // hydraulic and aerodynamic forces grow with load: the healthy level moves by about -20 % to +10 %
            case VIBRATION_VELOCITY -> running
                    ? (baselineVelocity * (0.7 + 0.4 * load) + (failureVelocity - baselineVelocity) * wear)
                            * (1 + 0.03 * noise) * realism.startVibrationFactor(t) * realism.spike(signal.ordinal(), t)
                    : 0.02 + 0.01 * Math.abs(noise);
            case BEARING_TEMPERATURE -> {
                double hot = baseTemperature + 7 * load + WEAR_TEMPERATURE_RISE * wear;
                double spike = realism.spike(signal.ordinal(), t) > 1 ? 15 : 0;
                yield realism.temperature(hot, t) + 0.3 * noise + spike;
            }
            case MOTOR_CURRENT -> running
                    ? fullLoadCurrent * (load + realism.inrush(t)) * (1 + WEAR_CURRENT_RISE * wear) * (1 + 0.01 * noise)
                    : 0;
            case RUNNING -> running ? 1 : 0;
            case FAULT_CODE -> 0;
        };
    }

    /** Fraction of rated load: the nominal point with a slow ±5 % production cycle. */
    private double load(long plantMillis) {
        return nominalLoad + 0.05 * Math.sin(2 * Math.PI * plantMillis / LOAD_PERIOD_MILLIS + loadPhase);
    }

    /** Bearing-wear severity of a degradation at a plant time; see {@link BearingWear}. */
    public static double wear(Degradation degradation, long plantMillis) {
        return BearingWear.severity(degradation, plantMillis);
    }
}
