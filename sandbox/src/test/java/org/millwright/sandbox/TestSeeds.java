package org.millwright.sandbox;

import java.util.List;
import java.util.Map;

/** A small plant: two motors on one line, two spare materials, stock at plant 1000. */
final class TestSeeds {
    static final String MOTOR_1 = "north-l1-motor-01";
    static final String MOTOR_2 = "north-l1-motor-02";
    static final String BEARING = "BRG-6205";
    static final String SEAL = "SEAL-40";
    static final String PLANT = "1000";

    private TestSeeds() {
    }

    static SandboxSeed plant() {
        return new SandboxSeed(
                List.of(motor(MOTOR_1, "10000101"), motor(MOTOR_2, "10000102")),
                List.of(new SeedMaterial(BEARING, "Deep groove ball bearing 6205", "EA"),
                        new SeedMaterial(SEAL, "Shaft seal 40 mm", "EA")),
                List.of(new SeedStock(BEARING, PLANT, 4), new SeedStock(SEAL, PLANT, 10)));
    }

    private static SeedEquipment motor(String id, String erpId) {
        return new SeedEquipment(id, "Drive motor " + id, "MOTOR", "acme", "north", "assembly", "line-1",
                "GROUP_2", "RIGID", PLANT, erpId,
                Map.of("bearing-wear", List.of(new SeedPart(BEARING, 2), new SeedPart(SEAL, 1)),
                        "overheating", List.of(new SeedPart(SEAL, 1))));
    }
}
