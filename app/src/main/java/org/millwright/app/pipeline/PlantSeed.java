package org.millwright.app.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.millwright.sandbox.SandboxSeed;
import org.millwright.sandbox.SeedEquipment;
import org.millwright.sandbox.SeedMaterial;
import org.millwright.sandbox.SeedPart;
import org.millwright.sandbox.SeedStock;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.SimAsset;

/** Seeds the sandbox ERP with the simulated plant's equipment master, materials and stock. */
public final class PlantSeed {
    private PlantSeed() {
    }

    public static SandboxSeed of(PlantDefinition plant) {
        List<SeedEquipment> equipment = plant.assets().stream().map(sim -> equipment(plant, sim)).toList();
        List<SeedMaterial> materials = plant.materials().stream()
                .map(m -> new SeedMaterial(m.id(), m.description(), m.unit())).toList();
        List<SeedStock> stock = plant.stock().stream().map(s -> new SeedStock(s.material(), s.plant(), s.onHand())).toList();
        return new SandboxSeed(equipment, materials, stock);
    }

    private static SeedEquipment equipment(PlantDefinition plant, SimAsset sim) {
        var asset = sim.asset();
        Map<String, List<SeedPart>> parts = new LinkedHashMap<>();
        plant.spareParts().getOrDefault(asset.assetClass(), Map.of()).forEach((mode, list) -> parts.put(mode.code(),
                list.stream().map(p -> new SeedPart(p.material(), p.quantity())).toList()));
        var at = asset.location();
        return new SeedEquipment(asset.id().value(), asset.name(), asset.assetClass().name(), at.enterprise(), at.site(),
                at.area(), at.line(), asset.machineGroup().name(), asset.support().name(), sim.erpPlant(), sim.erpId(),
                parts);
    }
}
