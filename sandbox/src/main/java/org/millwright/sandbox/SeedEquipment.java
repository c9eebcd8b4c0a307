package org.millwright.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One equipment master record to seed. Values are the sandbox's own plain strings; the sandbox does not
 * interpret them (for example {@code assetClass} "MOTOR", {@code machineGroup} "GROUP_2",
 * {@code supportType} "RIGID").
 *
 * @param id          the equipment id the hub uses (its canonical asset id)
 * @param name        description
 * @param assetClass  kind of machine
 * @param enterprise  ISA-95 enterprise
 * @param site        ISA-95 site
 * @param area        ISA-95 area
 * @param line        ISA-95 line
 * @param machineGroup ISO 20816-3 machine group
 * @param supportType ISO 20816-3 support type
 * @param plant       ERP plant
 * @param erpId       the ERP's own equipment number
 * @param spareParts  the maintenance bill of materials per failure mode
 */
public record SeedEquipment(String id, String name, String assetClass, String enterprise, String site, String area,
                            String line, String machineGroup, String supportType, String plant, String erpId,
                            Map<String, List<SeedPart>> spareParts) {

    public SeedEquipment {
        requireText(id, "id");
        requireText(name, "name");
        requireText(assetClass, "assetClass");
        requireText(enterprise, "enterprise");
        requireText(site, "site");
        requireText(area, "area");
        requireText(line, "line");
        requireText(machineGroup, "machineGroup");
        requireText(supportType, "supportType");
        requireText(plant, "plant");
        requireText(erpId, "erpId");
        Objects.requireNonNull(spareParts, "spareParts");
        spareParts = spareParts.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
