package org.millwright.connector;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.millwright.model.Asset;
import org.millwright.model.FailureMode;

/**
 * The ERP's equipment master record for one asset.
 *
 * @param asset       canonical asset data (class, ISA-95 location, ISO 20816 group and support)
 * @param erpId       the ERP's own equipment number
 * @param plant       the ERP plant (maintenance planning plant) the equipment belongs to
 * @param status      current equipment status
 * @param spareParts  the spare parts a repair needs, per failure mode (the maintenance bill of materials)
 */
public record EquipmentRecord(Asset asset, String erpId, String plant, EquipmentStatus status,
                              Map<FailureMode, List<SparePart>> spareParts) {
    public EquipmentRecord {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(erpId, "erpId");
        Objects.requireNonNull(plant, "plant");
        Objects.requireNonNull(status, "status");
        spareParts = Map.copyOf(spareParts);
    }

    public List<SparePart> sparePartsFor(FailureMode mode) {
        return spareParts.getOrDefault(mode, List.of());
    }
}
