package org.millwright.sandbox;

/** A material and quantity on an equipment's maintenance bill of materials. */
public record SeedPart(String material, int quantity) {

    public SeedPart {
        SeedEquipment.requireText(material, "material");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
