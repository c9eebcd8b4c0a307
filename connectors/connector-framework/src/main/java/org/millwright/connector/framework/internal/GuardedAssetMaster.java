package org.millwright.connector.framework.internal;

import java.util.List;
import java.util.Optional;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.model.AssetId;

/** {@link AssetMaster} whose every call goes through the system's guarded pipeline. */
final class GuardedAssetMaster implements AssetMaster {
    private final GuardedCalls calls;
    private final AssetMaster adapter;

    GuardedAssetMaster(GuardedCalls calls, AssetMaster adapter) {
        this.calls = calls;
        this.adapter = adapter;
    }

    @Override
    public Optional<EquipmentRecord> equipment(AssetId asset) {
        return calls.call("equipment", () -> adapter.equipment(asset));
    }

    @Override
    public List<EquipmentRecord> allEquipment() {
        return calls.call("allEquipment", adapter::allEquipment);
    }

    @Override
    public void updateStatus(AssetId asset, EquipmentStatus status, String externalReference) {
        calls.runOnce("updateStatus", () -> adapter.updateStatus(asset, status, externalReference));
    }
}
