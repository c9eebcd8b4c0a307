package org.millwright.connector.framework.internal;

import org.millwright.connector.AssetMaster;
import org.millwright.connector.FieldService;
import org.millwright.connector.Inventory;
import org.millwright.connector.Planning;
import org.millwright.connector.Procurement;
import org.millwright.connector.WorkManagement;

/** Creates the guarded decorator of each port. */
public final class GuardedPorts {
    private GuardedPorts() {
    }

    public static AssetMaster assetMaster(GuardedCalls calls, AssetMaster adapter) {
        return new GuardedAssetMaster(calls, adapter);
    }

    public static WorkManagement workManagement(GuardedCalls calls, WorkManagement adapter) {
        return new GuardedWorkManagement(calls, adapter);
    }

    public static Inventory inventory(GuardedCalls calls, Inventory adapter) {
        return new GuardedInventory(calls, adapter);
    }

    public static Procurement procurement(GuardedCalls calls, Procurement adapter) {
        return new GuardedProcurement(calls, adapter);
    }

    public static Planning planning(GuardedCalls calls, Planning adapter) {
        return new GuardedPlanning(calls, adapter);
    }

    public static FieldService fieldService(GuardedCalls calls, FieldService adapter) {
        return new GuardedFieldService(calls, adapter);
    }
}
