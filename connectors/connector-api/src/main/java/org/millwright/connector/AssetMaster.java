package org.millwright.connector;

import java.util.List;
import java.util.Optional;
import org.millwright.model.AssetId;

/** Port: the ERP's equipment master. */
public interface AssetMaster {
    /** The equipment record, or empty when the ERP does not know the asset. */
    Optional<EquipmentRecord> equipment(AssetId asset);

    /** Every equipment record the ERP holds; the hub's asset catalogue is synchronized from it. */
    List<EquipmentRecord> allEquipment();

    /** Sets the equipment status; idempotent (setting the status it already has is a no-op). */
    void updateStatus(AssetId asset, EquipmentStatus status, String externalReference);
}
