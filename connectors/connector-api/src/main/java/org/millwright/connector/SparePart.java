package org.millwright.connector;

import java.util.Objects;

/** A material and the quantity (in its base unit) needed for one repair. */
public record SparePart(String material, int quantity) {
    public SparePart {
        Objects.requireNonNull(material, "material");
        if (material.isBlank()) {
            throw new IllegalArgumentException("material must not be blank");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
