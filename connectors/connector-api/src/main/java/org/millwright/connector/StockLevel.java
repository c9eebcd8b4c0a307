package org.millwright.connector;

import java.util.Objects;

/** Unrestricted stock of one material at one plant, less what is already reserved. */
public record StockLevel(String material, String plant, int available) {
    public StockLevel {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(plant, "plant");
    }

    public boolean covers(int quantity) {
        return available >= quantity;
    }
}
