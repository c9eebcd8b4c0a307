package org.millwright.connector.sap;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.millwright.connector.SparePart;
import org.millwright.model.Asset;
import org.millwright.model.FailureMode;

/**
 * The cross-reference from a canonical asset to its SAP equipment, plus what the hub needs and
 * {@code API_EQUIPMENT} does not give: the asset's class, ISA-95 location and ISO 20816 group and support,
 * and the spare parts per failure mode (the maintenance bill of materials is not in the contract).
 * {@link Asset#name()} is replaced by SAP's {@code EquipmentName} when read.
 *
 * @param equipmentNumber the SAP equipment number in external form (no leading zeros), at most 18 characters
 */
public record SapEquipmentLink(String equipmentNumber, Asset asset, Map<FailureMode, List<SparePart>> spareParts) {
    public SapEquipmentLink {
        SapConfig.requireText(equipmentNumber, "equipmentNumber");
        if (equipmentNumber.length() > 18) {
            throw new IllegalArgumentException("SAP equipment numbers have at most 18 characters: " + equipmentNumber);
        }
        Objects.requireNonNull(asset, "asset");
        spareParts = Map.copyOf(spareParts);
    }
}
