package org.millwright.sandbox;

/** A material master record to seed. */
public record SeedMaterial(String material, String description, String unit) {

    public SeedMaterial {
        SeedEquipment.requireText(material, "material");
        SeedEquipment.requireText(description, "description");
        SeedEquipment.requireText(unit, "unit");
    }
}
