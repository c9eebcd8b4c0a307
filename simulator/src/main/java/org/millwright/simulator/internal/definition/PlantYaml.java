package org.millwright.simulator.internal.definition;

import java.util.List;
import java.util.Map;

/**
 * The YAML document as written: every field is optional here so that the reader, not the binder, names
 * what is missing. Enumerations, ids and durations stay text for the same reason.
 */
record PlantYaml(String enterprise, List<Site> sites, List<MaterialYaml> materials, List<StockYaml> stock,
                 Map<String, Map<String, List<PartYaml>>> spareParts, List<DegradationYaml> degradations) {

    record Site(String id, String erpPlant, List<Area> areas) {
    }

    record Area(String id, List<Line> lines) {
    }

    record Line(String id, List<AssetYaml> assets) {
    }

    record AssetYaml(String id, String name, String assetClass, String machineGroup, String supportType,
                     Double ratedPowerKw, String erpId) {
    }

    record MaterialYaml(String id, String description, String unit) {
    }

    record StockYaml(String material, String plant, Integer onHand) {
    }

    record PartYaml(String material, Integer quantity) {
    }

    record DegradationYaml(String asset, String kind, String startAfter, String duration) {
    }
}
