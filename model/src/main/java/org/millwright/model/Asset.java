package org.millwright.model;

import java.util.Objects;

/**
 * An asset as the hub knows it: the canonical id, where it sits, and the master data detection needs.
 * The hub takes this from the ERP's equipment master.
 *
 * @param id           canonical asset id
 * @param name         human-readable description
 * @param assetClass   kind of machine
 * @param location     ISA-95 position
 * @param machineGroup ISO 20816-3 machine group
 * @param support      ISO 20816-3 support type
 */
public record Asset(AssetId id, String name, AssetClass assetClass, Isa95Location location,
                    MachineGroup machineGroup, SupportType support) {
    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assetClass, "assetClass");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(machineGroup, "machineGroup");
        Objects.requireNonNull(support, "support");
    }
}
