package org.millwright.sandbox;

/** Initial on-hand stock of a material at a plant; only used when the sandbox has no stock row for it yet. */
public record SeedStock(String material, String plant, int onHand) {

    public SeedStock {
        SeedEquipment.requireText(material, "material");
        SeedEquipment.requireText(plant, "plant");
        if (onHand < 0) {
            throw new IllegalArgumentException("onHand must not be negative: " + onHand);
        }
    }
}
