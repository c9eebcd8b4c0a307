package org.millwright.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetClass;
import org.millwright.model.MachineGroup;

class FleetGeneratorTest {
    private static final FleetSpec SPEC = FleetSpec.of(200, 90, 7);

    @Test
    void generatesTheFleetInSitesOfFiveLinesOfTenMachines() {
        PlantDefinition plant = FleetGenerator.generate(SPEC);

        assertThat(plant.assets()).hasSize(200);
        assertThat(plant.assets().get(0).id().value()).isEqualTo("s01-l1-motor-01");
        assertThat(plant.assets().get(52).id().value()).isEqualTo("s02-l1-motor-03");
        assertThat(plant.assets().get(199).id().value()).isEqualTo("s04-l5-spindle-02");
        assertThat(plant.assets().get(199).asset().location().path()).isEqualTo("fleet/s04/production/line-5");
        assertThat(plant.assets().get(199).erpPlant()).isEqualTo("P004");
        assertThat(plant.assets().stream().filter(a -> a.asset().machineGroup() == MachineGroup.GROUP_1)).hasSize(20);
        assertThat(plant.assets().stream().map(a -> a.asset().assetClass()).distinct())
                .containsExactlyInAnyOrder(AssetClass.values());
    }

    @Test
    void aQuarterDegradeWithOnsetsAndDurationsSpreadInsideTheHorizon() {
        List<GroundTruth> truth = FleetGenerator.generate(SPEC).groundTruth();

        assertThat(truth).hasSize(50);
        assertThat(truth).allSatisfy(t -> {
            assertThat(t.onset()).isGreaterThanOrEqualTo(Duration.ofDays(15));
            assertThat(t.functionalFailure()).isLessThanOrEqualTo(Duration.ofDays(90));
            assertThat(t.functionalFailure().minus(t.onset())).isBetween(Duration.ofDays(3), Duration.ofDays(30));
        });
        Set<Long> onsetDays = new HashSet<>();
        truth.forEach(t -> onsetDays.add(t.onset().toDays()));
        assertThat(onsetDays).as("onsets spread over the run").hasSizeGreaterThan(25);
        long short_ = truth.stream().filter(t -> t.functionalFailure().minus(t.onset()).toDays() < 7).count();
        long long_ = truth.stream().filter(t -> t.functionalFailure().minus(t.onset()).toDays() >= 15).count();
        assertThat(short_).as("log-uniform: many short degradations").isGreaterThan(10);
        assertThat(long_).as("and some long ones").isGreaterThan(5);
    }

    @Test
    void theSameSpecGivesTheSamePlantAndAnotherSeedAnotherOne() {
        assertThat(FleetGenerator.generate(SPEC).degradations())
                .isEqualTo(FleetGenerator.generate(FleetSpec.of(200, 90, 7)).degradations());
        assertThat(FleetGenerator.generate(SPEC).degradations())
                .isNotEqualTo(FleetGenerator.generate(FleetSpec.of(200, 90, 8)).degradations());
        assertThat(FleetGenerator.generate(SPEC.withDegradingShare(0)).degradations()).isEmpty();
    }

    @Test
    void rejectsSpecsThatCannotFitTheirDegradations() {
        assertThatThrownBy(() -> FleetSpec.of(10, 40, 1)).hasMessageContaining("does not fit in the horizon");
        assertThatThrownBy(() -> FleetSpec.of(0, 90, 1)).hasMessageContaining("1 to 100000 assets");
        assertThatThrownBy(() -> SPEC.withDegradingShare(1.5)).hasMessageContaining("degradingShare must be 0 to 1");
        assertThatThrownBy(() -> SPEC.withDegradations(Duration.ofDays(1), Duration.ofDays(5), Duration.ofDays(2)))
                .hasMessageContaining("is shorter than shortestDegradation");
    }
}
