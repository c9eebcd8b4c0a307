package org.millwright.connector.framework;

import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.FieldService;
import org.millwright.connector.Inventory;
import org.millwright.connector.Planning;
import org.millwright.connector.Procurement;
import org.millwright.connector.WorkManagement;
import org.millwright.connector.framework.internal.Failover;

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

    /**
     * These ports, each falling back on the same port of {@code alternate} while this system's circuit is open: for
     * a second endpoint of the same system (a standby or disaster-recovery site), which holds the same records.
     * Ports the alternate does not serve have no fallback.
     */
    public ConnectorPorts withAlternate(ConnectorPorts alternate) {
        return new ConnectorPorts(
                failover(AssetMaster.class, assetMaster, alternate.assetMaster),
                failover(WorkManagement.class, workManagement, alternate.workManagement),
                failover(Inventory.class, inventory, alternate.inventory),
                failover(Procurement.class, procurement, alternate.procurement),
                failover(Planning.class, planning, alternate.planning),
                failover(FieldService.class, fieldService, alternate.fieldService));
    }

    private static <T> Optional<T> failover(Class<T> type, Optional<T> primary, Optional<T> alternate) {
        return alternate.isEmpty() ? primary : primary.map(port -> Failover.of(type, port, alternate.get()));
    }
}
