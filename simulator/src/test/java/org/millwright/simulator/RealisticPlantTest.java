package org.millwright.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;

class RealisticPlantTest {
    private static final PlantDefinition PLANT = PlantDefinitions.loadDefault();
    private static final PlantDefinition HEALTHY = PLANT.withDegradations(List.of());
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration STEP = Duration.ofSeconds(10);

    @Test
    void realismIsOffByDefault() {
        assertThat(SimulatorConfig.defaults().realistic()).isFalse();
        assertThat(SimulatorConfig.defaults().withRealism(true).realistic()).isTrue();
        PlantPhysics plain = new PlantPhysics(PLANT, 42);
        PlantPhysics steady = new PlantPhysics(PLANT, 42, false);
        AssetId motor = AssetId.of("north-l1-motor-02");
        for (long s = 0; s < 3 * 3600; s += 7) {
            Duration t = Duration.ofSeconds(s);
            assertThat(plain.value(motor, SignalType.RUNNING, t)).isEqualTo(1);
            assertThat(plain.reporting(motor, t)).isTrue();
            assertThat(plain.value(motor, SignalType.VIBRATION_VELOCITY, t))
                    .isEqualTo(steady.value(motor, SignalType.VIBRATION_VELOCITY, t));
        }
    }

    @Test
    void realisticMachinesStopAndRestartWithInrushAndStartUpVibration() {
        PlantPhysics physics = new PlantPhysics(HEALTHY, 42, true);
        AssetId asset = firstAssetThatStops(physics);
        Duration[] stop = stopOf(physics, asset);
        Duration restart = stop[1];
        Duration stopped = restart.minusSeconds(1);
        assertThat(physics.value(asset, SignalType.VIBRATION_VELOCITY, stopped)).isLessThan(0.1);
        assertThat(physics.value(asset, SignalType.MOTOR_CURRENT, stopped)).isZero();
        double runningCurrent = physics.value(asset, SignalType.MOTOR_CURRENT, restart.plusMinutes(5));
        double runningVibration = physics.value(asset, SignalType.VIBRATION_VELOCITY, restart.plusMinutes(5));
        assertThat(physics.value(asset, SignalType.MOTOR_CURRENT, restart)).isGreaterThan(3 * runningCurrent);
        assertThat(physics.value(asset, SignalType.VIBRATION_VELOCITY, restart)).isGreaterThan(1.8 * runningVibration);
        assertThat(physics.value(asset, SignalType.VIBRATION_VELOCITY, restart.plusSeconds(30)))
                .isLessThan(1.2 * runningVibration);
        double hot = physics.value(asset, SignalType.BEARING_TEMPERATURE, stop[0].minusSeconds(1));
        assertThat(physics.value(asset, SignalType.BEARING_TEMPERATURE, restart)).isLessThan(hot - 1);
    }

    @Test
    void realisticAssetsHaveDropOutsSpikesAndLoadChanges() {
        PlantPhysics physics = new PlantPhysics(HEALTHY, 42, true);
        long silent = 0;
        long spikes = 0;
        double minCurrent = Double.MAX_VALUE;
        double maxCurrent = 0;
        AssetId pump = AssetId.of("south-l2-pump-01");
        double typical = physics.value(pump, SignalType.VIBRATION_VELOCITY, Duration.ofMinutes(1));
        for (Duration t = Duration.ZERO; t.compareTo(WEEK) < 0; t = t.plus(STEP)) {
            for (SimAsset asset : HEALTHY.assets()) {
                if (!physics.reporting(asset.id(), t)) {
                    silent++;
                }
            }
            if (physics.value(pump, SignalType.RUNNING, t) == 1) {
                double vibration = physics.value(pump, SignalType.VIBRATION_VELOCITY, t);
                spikes += vibration > 2.5 * typical ? 1 : 0;
                double current = physics.value(pump, SignalType.MOTOR_CURRENT, t);
                minCurrent = Math.min(minCurrent, current);
                maxCurrent = Math.max(maxCurrent, current);
            }
        }
        assertThat(silent).isPositive();
        assertThat(spikes).isPositive();
        assertThat(maxCurrent / minCurrent).isGreaterThan(1.2);
    }

    @Test
    void aRealisticFleetSpreadsHealthyLevelsOverZonesAAndBAndTheShiftLoadMovesThem() {
        PlantDefinition fleet = FleetGenerator.generate(FleetSpec.of(50, 90, 3).withDegradingShare(0));
        PlantPhysics physics = new PlantPhysics(fleet, 3, true);
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        int loadSensitive = 0;
        for (SimAsset asset : fleet.assets()) {
            double bc = bc(asset);
            double[] shiftMeans = new double[6]; // two days of eight-hour shifts
            for (int shift = 0; shift < shiftMeans.length; shift++) {
                double sum = 0;
                int n = 0;
                for (long minute = 10; minute < 480; minute += 10) {
                    Duration t = Duration.ofHours(8L * shift).plusMinutes(minute);
                    if (physics.value(asset.id(), SignalType.RUNNING, t) == 1) {
                        sum += physics.value(asset.id(), SignalType.VIBRATION_VELOCITY, t);
                        n++;
                    }
                }
                shiftMeans[shift] = sum / n / bc;
            }
            double low = java.util.Arrays.stream(shiftMeans).min().orElseThrow();
            double high = java.util.Arrays.stream(shiftMeans).max().orElseThrow();
            lowest = Math.min(lowest, low);
            highest = Math.max(highest, high);
            loadSensitive += high / low > 1.08 ? 1 : 0;
        }
        assertThat(lowest).as("the quietest machine, in B/C").isBetween(0.2, 0.4);
        assertThat(highest).as("the roughest, in B/C").isBetween(0.85, 1.05);
        assertThat(loadSensitive).as("machines whose level moves by more than 8 %% from shift to shift")
                .isGreaterThan(25);
    }

    @Test
    void dropOutsAreMostlyMinutesAndNowAndThenHours() {
        PlantPhysics physics = new PlantPhysics(HEALTHY, 42, true);
        List<Long> lengths = new ArrayList<>();
        for (SimAsset asset : HEALTHY.assets()) {
            long silentSince = -1;
            for (long minute = 0; minute < 30 * 24 * 60; minute++) {
                boolean reporting = physics.reporting(asset.id(), Duration.ofMinutes(minute));
                if (!reporting && silentSince < 0) {
                    silentSince = minute;
                } else if (reporting && silentSince >= 0) {
                    lengths.add(minute - silentSince);
                    silentSince = -1;
                }
            }
        }
        assertThat(lengths).hasSizeGreaterThan(100);
        assertThat(lengths.stream().filter(m -> m <= 30).count()).as("up to half an hour")
                .isGreaterThan(lengths.size() / 2);
        assertThat(lengths.stream().filter(m -> m >= 120).count()).as("two hours or more").isPositive();
        assertThat(lengths.stream().mapToLong(Long::longValue).max().orElseThrow()).isLessThanOrEqualTo(182);
    }

    private static double bc(SimAsset asset) {
        boolean rigid = asset.asset().support() == org.millwright.model.SupportType.RIGID;
        return asset.asset().machineGroup() == org.millwright.model.MachineGroup.GROUP_1 ? (rigid ? 4.5 : 7.1)
                : (rigid ? 2.8 : 4.5);
    }

    @Test
    void sensorSpikesNeverHitTwoSamplesInARow() {
        PlantPhysics physics = new PlantPhysics(HEALTHY, 42, true);
        AssetId motor = AssetId.of("north-l1-motor-03");
        double typical = physics.value(motor, SignalType.VIBRATION_VELOCITY, Duration.ofMinutes(1));
        int spikes = 0;
        boolean previous = false;
        for (long s = 120; s < 12 * 3600; s++) {
            Duration t = Duration.ofSeconds(s);
            boolean steadyRunning = physics.value(motor, SignalType.RUNNING, t) == 1
                    && physics.value(motor, SignalType.RUNNING, t.minusMinutes(2)) == 1;
            boolean spike = steadyRunning && physics.value(motor, SignalType.VIBRATION_VELOCITY, t) > 2.5 * typical;
            assertThat(spike && previous).as("spikes at %s and the second before", t).isFalse();
            spikes += spike ? 1 : 0;
            previous = spike;
        }
        assertThat(spikes).isBetween(10, 100);
    }

    @Test
    void realisticValuesArePureFunctionsOfTime() {
        PlantPhysics first = new PlantPhysics(HEALTHY, 9, true);
        PlantPhysics second = new PlantPhysics(HEALTHY, 9, true);
        AssetId fan = AssetId.of("north-l2-fan-01");
        List<Double> forward = new ArrayList<>();
        List<Double> backward = new ArrayList<>();
        for (long m = 0; m < 3 * 24 * 60; m += 13) {
            forward.add(first.value(fan, SignalType.BEARING_TEMPERATURE, Duration.ofMinutes(m)));
        }
        for (long m = 3 * 24 * 60 - 1; m >= 0; m--) {
            if (m % 13 == 0) {
                backward.add(0, second.value(fan, SignalType.BEARING_TEMPERATURE, Duration.ofMinutes(m)));
            }
        }
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void eachScriptedDegradationExposesItsGroundTruth() {
        GroundTruth truth = PLANT.groundTruth().get(0);
        assertThat(PLANT.groundTruth()).hasSize(1);
        assertThat(truth.asset()).isEqualTo(AssetId.of("north-l1-motor-01"));
        assertThat(truth.failureMode()).isEqualTo(Degradation.BEARING_WEAR);
        assertThat(truth.onset()).isEqualTo(Duration.ofSeconds(30));
        assertThat(truth.functionalFailure()).isEqualTo(Duration.ofSeconds(150));
        PlantPhysics physics = new PlantPhysics(PLANT, 42, true);
        assertThat(physics.groundTruth(truth.asset())).contains(truth);
        physics.repair(truth.asset());
        assertThat(physics.groundTruth(truth.asset())).isEmpty();
    }

    private static AssetId firstAssetThatStops(PlantPhysics physics) {
        for (SimAsset asset : HEALTHY.assets()) {
            for (Duration t = Duration.ZERO; t.compareTo(WEEK) < 0; t = t.plus(Duration.ofMinutes(1))) {
                if (physics.value(asset.id(), SignalType.RUNNING, t) == 0) {
                    return asset.id();
                }
            }
        }
        throw new AssertionError("no asset stopped within a week");
    }

    /** The first stop: its first stopped second and the first running second after it. */
    private static Duration[] stopOf(PlantPhysics physics, AssetId asset) {
        Duration stoppedAt = null;
        for (Duration t = Duration.ZERO; t.compareTo(WEEK) < 0; t = t.plusSeconds(1)) {
            boolean running = physics.value(asset, SignalType.RUNNING, t) == 1;
            if (!running && stoppedAt == null) {
                stoppedAt = t;
            } else if (running && stoppedAt != null) {
                return new Duration[] {stoppedAt, t};
            }
        }
        throw new AssertionError(asset + " never restarted");
    }
}
