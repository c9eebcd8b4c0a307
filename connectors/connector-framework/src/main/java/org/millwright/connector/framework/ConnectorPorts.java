package org.millwright.connector.framework;

import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.FieldService;
import org.millwright.connector.Inventory;
import org.millwright.connector.Planning;
import org.millwright.connector.Procurement;
import org.millwright.connector.WorkManagement;

/** The decorated ports of one adapter, from {@link ResilientSystem#decorate(Object)}; empty where it has none. */
public record ConnectorPorts(Optional<AssetMaster> assetMaster, Optional<WorkManagement> workManagement,
                             Optional<Inventory> inventory, Optional<Procurement> procurement,
                             Optional<Planning> planning, Optional<FieldService> fieldService) {
    public ConnectorPorts {
        Objects.requireNonNull(assetMaster, "assetMaster");
        Objects.requireNonNull(workManagement, "workManagement");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(procurement, "procurement");
        Objects.requireNonNull(planning, "planning");
        Objects.requireNonNull(fieldService, "fieldService");
    }
}
