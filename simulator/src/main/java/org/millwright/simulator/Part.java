package org.millwright.simulator;

/**
 * One line of a spare-part list: a material and how many pieces a repair consumes.
 *
 * @param material material id, see {@link Material#id()}
 * @param quantity pieces needed, at least 1
 */
public record Part(String material, int quantity) {
    public Part {
        Texts.requireNonBlank(material, "material");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity of " + material + " must be at least 1: " + quantity);
        }
    }
}
