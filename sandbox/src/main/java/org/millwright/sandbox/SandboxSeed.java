package org.millwright.sandbox;

import java.util.List;

/**
 * Master data the sandbox starts with. Seeding is idempotent: rows that are missing are inserted, rows that
 * exist are left as they are, so live state (equipment status, stock, reservations) survives a restart.
 *
 * @param equipment the ERP equipment master, with its maintenance bills of materials
 * @param materials the ERP material master
 * @param stock     the initial on-hand stock per material and plant
 */
public record SandboxSeed(List<SeedEquipment> equipment, List<SeedMaterial> materials, List<SeedStock> stock) {

    public SandboxSeed {
        equipment = List.copyOf(equipment);
        materials = List.copyOf(materials);
        stock = List.copyOf(stock);
    }

    /** No master data at all; useful when the database was seeded before. */
    public static SandboxSeed empty() {
        return new SandboxSeed(List.of(), List.of(), List.of());
    }
}
