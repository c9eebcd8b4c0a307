package org.millwright.simulator;

/**
 * A material of the ERP material master.
 *
 * @param id          material number, e.g. {@code BRG-6205-2RS}
 * @param description short text
 * @param unit        base unit of measure, e.g. {@code PC}
 */
public record Material(String id, String description, String unit) {
    public Material {
        Texts.requireNonBlank(id, "material id");
        Texts.requireNonBlank(description, "description of material " + id);
        Texts.requireNonBlank(unit, "unit of material " + id);
    }
}
