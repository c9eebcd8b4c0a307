package org.millwright.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetId;
import org.millwright.model.MachineGroup;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

class PlantPhysicsTest {
    private static final PlantDefinition PLANT = PlantDefinitions.loadDefault();
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    /** ISO 20816-3 boundaries of the demo motor (group 2, rigid): A/B 1.4, B/C 2.8, C/D 4.5 mm/s. */
    private static final double MOTOR_BC = 2.8;
    private static final double MOTOR_CD = 4.5;

    @Test
    void sameSeedAndTimesGiveSameValuesInAnyOrder() {
        PlantPhysics first = new PlantPhysics(PLANT, 7);
        PlantPhysics second = new PlantPhysics(PLANT, 7);
        List<Double> forward = new ArrayList<>();
        for (long s = 0; s < 200; s++) {
            forward.add(first.value(MOTOR, SignalType.VIBRATION_VELOCITY, Duration.ofSeconds(s)));
        }
        List<Double> backward = new ArrayList<>();
        for (long s = 199; s >= 0; s--) {
            backward.add(0, second.value(MOTOR, SignalType.VIBRATION_VELOCITY, Duration.ofSeconds(s)));
        }
        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void differentSeedsGiveDifferentPlants() {
        double one = new PlantPhysics(PLANT, 1).value(MOTOR, SignalType.BEARING_TEMPERATURE, Duration.ofSeconds(5));
        double two = new PlantPhysics(PLANT, 2).value(MOTOR, SignalType.BEARING_TEMPERATURE, Duration.ofSeconds(5));
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void healthyAssetsStayInZoneAOrBAndWithinNormalRangesOverAnHourOfPlantTime() {
        PlantPhysics physics = new PlantPhysics(PLANT.withDegradations(List.of()), 42);
        for (SimAsset asset : PLANT.assets()) {
            double bc = bcBoundary(asset.asset().machineGroup(), asset.asset().support());
            // Apparent current at rated power on 400 V; the real current is higher by 1 / (power factor x efficiency).
            double apparentCurrent = asset.ratedPowerKw() * 1000 / (Math.sqrt(3) * 400);
            for (long s = 0; s <= 3600; s++) {
                Duration t = Duration.ofSeconds(s);
                assertThat(physics.value(asset.id(), SignalType.VIBRATION_VELOCITY, t))
                        .as("vibration of %s at %s", asset.id(), t).isPositive().isLessThan(0.8 * bc);
                assertThat(physics.value(asset.id(), SignalType.BEARING_TEMPERATURE, t))
                        .as("bearing temperature of %s at %s", asset.id(), t).isBetween(49.0, 66.0);
                assertThat(physics.value(asset.id(), SignalType.MOTOR_CURRENT, t))
                        .as("current of %s at %s", asset.id(), t).isBetween(0.5 * apparentCurrent, 1.3 * apparentCurrent);
            }
            assertThat(physics.value(asset.id(), SignalType.RUNNING, Duration.ofMinutes(30))).isEqualTo(1);
            assertThat(physics.value(asset.id(), SignalType.FAULT_CODE, Duration.ofMinutes(30))).isZero();
        }
    }

    @Test
    void degradedMotorReachesZoneCAndThenZoneDOnTheDemoTimeline() {
        for (long seed = 0; seed < 20; seed++) {
            PlantPhysics physics = new PlantPhysics(PLANT, seed);
            long firstC = firstSecondAtOrAbove(physics, MOTOR_BC);
            long firstD = firstSecondAtOrAbove(physics, MOTOR_CD);
            assertThat(firstC).as("first second in zone C, seed %d", seed).isBetween(55L, 85L);
            assertThat(firstD).as("first second in zone D, seed %d", seed).isBetween(95L, 120L);
            assertThat(vibration(physics, 30)).as("healthy until onset, seed %d", seed).isLessThan(0.7 * MOTOR_BC);
            assertThat(vibration(physics, 125)).as("in zone D after 125 s, seed %d", seed).isGreaterThan(MOTOR_CD);
        }
    }

    @Test
    void degradedMotorReachesAboutOnePointFourTimesTheCdBoundaryAtFailureAndKeepsRising() {
        PlantPhysics physics = new PlantPhysics(PLANT, 42);
        double atFailure = vibration(physics, 150);
        assertThat(atFailure).isCloseTo(1.4 * MOTOR_CD, withinPercentage(10));
        assertThat(vibration(physics, 270)).isGreaterThan(atFailure * 1.1);
    }

    @Test
    void bearingTemperatureRisesByAboutThirtyFiveDegreesAtFailure() {
        PlantPhysics healthy = new PlantPhysics(PLANT.withDegradations(List.of()), 42);
        PlantPhysics degraded = new PlantPhysics(PLANT, 42);
        Duration failure = Duration.ofSeconds(150);
        double rise = degraded.value(MOTOR, SignalType.BEARING_TEMPERATURE, failure)
                - healthy.value(MOTOR, SignalType.BEARING_TEMPERATURE, failure);
        assertThat(rise).isCloseTo(35.0, offset(0.01));
    }

    @Test
    void repairResetsTheDegradedMotorToHealthy() {
        PlantPhysics physics = new PlantPhysics(PLANT, 42);
        assertThat(vibration(physics, 130)).isGreaterThan(MOTOR_CD);

        physics.repair(MOTOR);

        assertThat(physics.degradation(MOTOR)).isEmpty();
        PlantPhysics neverDegraded = new PlantPhysics(PLANT.withDegradations(List.of()), 42);
        for (long s = 130; s < 400; s += 10) {
            assertThat(vibration(physics, s)).isEqualTo(vibration(neverDegraded, s)).isLessThan(0.7 * MOTOR_BC);
        }
    }

    @Test
    void repairBeforeOnsetCancelsTheScriptedDegradation() {
        PlantPhysics physics = new PlantPhysics(PLANT, 42);
        assertThat(physics.degradation(MOTOR)).map(Degradation::startAfter).contains(Duration.ofSeconds(30));

        physics.repair(MOTOR);

        assertThat(vibration(physics, 200)).isLessThan(MOTOR_BC);
    }

    @Test
    void rejectsAnAssetThePlantDoesNotHave() {
        PlantPhysics physics = new PlantPhysics(PLANT, 42);
        AssetId unknown = AssetId.of("east-l9-motor-99");
        assertThatThrownBy(() -> physics.value(unknown, SignalType.RUNNING, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("east-l9-motor-99");
        assertThatThrownBy(() -> physics.repair(unknown)).hasMessageContaining("east-l9-motor-99");
        assertThat(physics.degradation(unknown)).isEqualTo(Optional.empty());
    }

    private static long firstSecondAtOrAbove(PlantPhysics physics, double level) {
        return LongStream.rangeClosed(0, 300).filter(s -> vibration(physics, s) >= level).findFirst().orElse(-1);
    }

    private static double vibration(PlantPhysics physics, long second) {
        return physics.value(MOTOR, SignalType.VIBRATION_VELOCITY, Duration.ofSeconds(second));
    }

    /** ISO 20816-3 B/C boundaries, written out independently of the simulator's copy. */
    private static double bcBoundary(MachineGroup group, SupportType support) {
        if (group == MachineGroup.GROUP_1) {
            return support == SupportType.RIGID ? 4.5 : 7.1;
        }
        return support == SupportType.RIGID ? 2.8 : 4.5;
    }
}
