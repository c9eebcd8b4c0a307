package org.millwright.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;

class PlantDefinitionsTest {
    private static final FailureMode BEARING_WEAR = FailureMode.of("bearing-wear");

    @Test
    void defaultPlantHasFortyAssetsOnTwoSitesWithTwoLinesEach() {
        PlantDefinition plant = PlantDefinitions.loadDefault();

        assertThat(plant.assets()).hasSize(40);
        Map<String, Long> perLine = plant.assets().stream().map(a -> a.asset().location())
                .collect(Collectors.groupingBy(Isa95Location::path, Collectors.counting()));
        assertThat(perLine).containsOnly(
                Map.entry("acme/north/assembly/line-1", 10L), Map.entry("acme/north/assembly/line-2", 10L),
                Map.entry("acme/south/assembly/line-1", 10L), Map.entry("acme/south/assembly/line-2", 10L));
        assertThat(plant.assets()).extracting(a -> a.asset().assetClass()).contains(AssetClass.values());
    }

    @Test
    void defaultPlantCarriesErpMasterDataConsistentWithTheMachines() {
        PlantDefinition plant = PlantDefinitions.loadDefault();

        SimAsset motor = plant.asset(AssetId.of("north-l1-motor-01")).orElseThrow();
        assertThat(motor.erpPlant()).isEqualTo("N100");
        assertThat(motor.erpId()).isEqualTo("EQ-10000001");
        assertThat(motor.asset().assetClass()).isEqualTo(AssetClass.MOTOR);
        assertThat(plant.asset(AssetId.of("south-l2-pump-02"))).map(SimAsset::erpPlant).contains("S100");
        assertThat(plant.assets()).allSatisfy(asset -> {
            assertThat(asset.erpPlant()).isEqualTo(asset.asset().location().site().equals("north") ? "N100" : "S100");
            // ISO 20816-3: group 1 above 300 kW, group 2 from 15 to 300 kW.
            assertThat(asset.asset().machineGroup())
                    .isEqualTo(asset.ratedPowerKw() > 300 ? MachineGroup.GROUP_1 : MachineGroup.GROUP_2);
            assertThat(asset.ratedPowerKw()).isGreaterThanOrEqualTo(15);
        });
    }

    @Test
    void defaultPlantSeedsSparePartsAndStockIncludingAnOutOfStockMaterial() {
        PlantDefinition plant = PlantDefinitions.loadDefault();

        assertThat(plant.parts(AssetClass.MOTOR, BEARING_WEAR))
                .containsExactly(new Part("BRG-6205-2RS", 2), new Part("SEAL-35x52", 1));
        for (AssetClass assetClass : AssetClass.values()) {
            assertThat(plant.parts(assetClass, BEARING_WEAR)).as("bearing parts of %s", assetClass).isNotEmpty();
        }
        assertThat(plant.materials()).extracting(Material::id).contains("BRG-6205-2RS", "SEAL-35x52");
        assertThat(plant.stock()).contains(new Stock("BRG-6205-2RS", "N100", 12));
        assertThat(plant.stock()).anyMatch(stock -> stock.onHand() == 0);
    }

    @Test
    void defaultPlantDegradesTheFirstNorthMotorThirtySecondsAfterStart() {
        assertThat(PlantDefinitions.loadDefault().degradations()).containsExactly(new Degradation(
                AssetId.of("north-l1-motor-01"), BEARING_WEAR, Duration.ofSeconds(30), Duration.ofMinutes(2)));
    }

    @Test
    void minimalPlantLoads() {
        PlantDefinition plant = load(plant(asset("m-1", "EQ-1")));

        assertThat(plant.assets()).singleElement().satisfies(asset -> {
            assertThat(asset.id()).isEqualTo(AssetId.of("m-1"));
            assertThat(asset.asset().location()).isEqualTo(new Isa95Location("acme", "north", "assembly", "line-1"));
            assertThat(asset.ratedPowerKw()).isEqualTo(55.0);
        });
        assertThat(plant.degradations()).isEmpty();
    }

    @Test
    void rejectsADegradationOfAnUnknownAssetNamingTheSource() {
        String yaml = plant(asset("m-1", "EQ-1")) + """
                degradations:
                  - {asset: m-2, kind: bearing-wear, startAfter: PT30S, duration: PT2M}
                """;
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(PlantDefinitionException.class)
                .hasMessageContaining("'test-plant.yaml'")
                .hasMessageContaining("unknown asset 'm-2'");
    }

    @Test
    void rejectsAnAssetIdThatIsNotCanonical() {
        assertThatThrownBy(() -> load(plant(asset("Motor 1", "EQ-1"))))
                .isInstanceOf(PlantDefinitionException.class)
                .hasMessageContaining("asset 'Motor 1'")
                .hasMessageContaining("asset id must match");
    }

    @Test
    void rejectsDuplicateAssetIdsAndErpIds() {
        assertThatThrownBy(() -> load(plant(asset("m-1", "EQ-1") + asset("m-1", "EQ-1"))))
                .isInstanceOf(PlantDefinitionException.class)
                .hasMessageContaining("duplicate asset id 'm-1'")
                .hasMessageContaining("duplicate erpId 'EQ-1'");
    }

    @Test
    void rejectsUnknownMachineGroupListingTheAllowedValues() {
        String yaml = plant(asset("m-1", "EQ-1").replace("GROUP_2", "GROUP_3"));
        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("machineGroup 'GROUP_3' is not one of [GROUP_1, GROUP_2]");
    }

    @Test
    void rejectsAMisspelledFieldNamingIt() {
        String yaml = plant(asset("m-1", "EQ-1").replace("ratedPowerKw", "ratedPower"));
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOf(PlantDefinitionException.class)
                .hasMessageContaining("test-plant.yaml")
                .hasMessageContaining("ratedPower");
    }

    @Test
    void rejectsSparePartsAndStockOfUnknownMaterials() {
        String yaml = plant(asset("m-1", "EQ-1")) + """
                materials:
                  - {id: BRG-1, description: Bearing, unit: PC}
                stock:
                  - {material: BRG-2, plant: N100, onHand: 1}
                spareParts:
                  MOTOR:
                    bearing-wear:
                      - {material: BRG-3, quantity: 1}
                """;
        assertThatThrownBy(() -> load(yaml))
                .hasMessageContaining("stock on N100 names unknown material 'BRG-2'")
                .hasMessageContaining("spare parts of MOTOR bearing-wear name unknown material 'BRG-3'");
    }

    @Test
    void rejectsABadDurationAndAnUnsupportedKindReportingBoth() {
        String yaml = plant(asset("m-1", "EQ-1")) + """
                degradations:
                  - {asset: m-1, kind: bearing-wear, startAfter: 30 seconds, duration: PT2M}
                  - {asset: m-1, kind: misalignment, startAfter: PT0S, duration: PT2M}
                """;
        assertThatThrownBy(() -> load(yaml))
                .isInstanceOfSatisfying(PlantDefinitionException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("startAfter '30 seconds' is not an ISO-8601 duration")
                .hasMessageContaining("degradation kind 'misalignment' is not simulated");
    }

    @Test
    void rejectsAnEmptyDocument() {
        assertThatThrownBy(() -> load("")).isInstanceOf(PlantDefinitionException.class)
                .hasMessageContaining("test-plant.yaml");
    }

    private static PlantDefinition load(String yaml) {
        return PlantDefinitions.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-plant.yaml");
    }

    private static String plant(String assets) {
        return """
                enterprise: acme
                sites:
                  - id: north
                    erpPlant: N100
                    areas:
                      - id: assembly
                        lines:
                          - id: line-1
                            assets:
                """ + assets;
    }

    private static String asset(String id, String erpId) {
        return "              - {id: " + id + ", name: Motor, assetClass: MOTOR, machineGroup: GROUP_2,"
                + " supportType: RIGID, ratedPowerKw: 55, erpId: " + erpId + "}\n";
    }
}
