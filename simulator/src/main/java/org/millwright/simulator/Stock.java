package org.millwright.simulator;

/**
 * Initial unrestricted stock of one material on one ERP plant.
 *
 * @param material material id
 * @param plant    ERP plant, e.g. {@code N100}
 * @param onHand   pieces on hand, zero or more (zero shows the purchase-requisition branch)
 */
public record Stock(String material, String plant, int onHand) {
    public Stock {
        Texts.requireNonBlank(material, "material");
        Texts.requireNonBlank(plant, "plant");
        if (onHand < 0) {
            throw new IllegalArgumentException("onHand of " + material + " on " + plant + " must not be negative: " + onHand);
        }
    }
}
