package org.millwright.app.reconcile;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.DispatchRequest;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.FieldService;
import org.millwright.connector.Inventory;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.Planning;
import org.millwright.connector.Procurement;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.StockLevel;
import org.millwright.connector.WindowRequest;
import org.millwright.connector.WorkManagement;
import org.millwright.connector.WorkRecord;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;
import org.millwright.orchestrate.SystemsOfRecord;

/**
 * What the systems of record hold, in memory, for unit tests of {@link EpisodeReconciler}: only the lookups the
 * reconciler makes are served. A system named in {@link #down} fails every call as a retriable connector failure.
 */
final class RecordsHeld implements AssetMaster, WorkManagement, Inventory, Procurement, Planning, FieldService {
    final Map<String, WorkRecord> notifications = new HashMap<>();
    final Map<String, ReservationRecord> reservations = new HashMap<>();
    final Map<String, RequisitionRecord> requisitions = new HashMap<>();
    final Map<String, MaintenanceWindow> windows = new HashMap<>();
    final Map<String, AssignmentRecord> assignments = new HashMap<>();
    final Map<AssetId, EquipmentStatus> equipment = new HashMap<>();
    final Set<String> down = new HashSet<>();

    SystemsOfRecord systems() {
        return new SystemsOfRecord(this, this, this, this, this, this,
                new SystemsOfRecord.Names("erp", "eam", "erp", "erp", "planning", "field-service"));
    }

    @Override
    public Optional<WorkRecord> findByExternalReference(String externalReference) {
        ask("eam");
        return Optional.ofNullable(notifications.get(externalReference));
    }

    @Override
    public Optional<ReservationRecord> findReservation(String externalReference) {
        ask("erp");
        return Optional.ofNullable(reservations.get(externalReference));
    }

    @Override
    public Optional<RequisitionRecord> findRequisition(String externalReference) {
        ask("erp");
        return Optional.ofNullable(requisitions.get(externalReference));
    }

    @Override
    public Optional<MaintenanceWindow> findWindow(String externalReference) {
        ask("planning");
        return Optional.ofNullable(windows.get(externalReference));
    }

    @Override
    public Optional<AssignmentRecord> findAssignment(String externalReference) {
        ask("field-service");
        return Optional.ofNullable(assignments.get(externalReference));
    }

    @Override
    public Optional<EquipmentRecord> equipment(AssetId asset) {
        ask("erp");
        return Optional.ofNullable(equipment.get(asset)).map(status -> new EquipmentRecord(new Asset(asset, "motor",
                AssetClass.MOTOR, new Isa95Location("acme", "north", "assembly", "line-1"), MachineGroup.GROUP_2,
                SupportType.RIGID), "EQ-1", "N100", status, Map.of()));
    }

    private void ask(String system) {
        if (down.contains(system)) {
            throw ConnectorException.retriable(system, "find", "connection refused", null);
        }
    }

    @Override
    public List<EquipmentRecord> allEquipment() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void updateStatus(AssetId asset, EquipmentStatus status, String externalReference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkRecord createNotification(NotificationRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void completeNotification(String id, String externalReference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StockLevel stock(String material, String plant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ReservationRecord reserve(ReservationRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void release(String reservationId, String externalReference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void consume(String reservationId, String externalReference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RequisitionRecord requisition(RequisitionRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public MaintenanceWindow proposeWindow(WindowRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AssignmentRecord dispatch(DispatchRequest request) {
        throw new UnsupportedOperationException();
    }

    static MaintenanceWindow window(String id, String reference) {
        return new MaintenanceWindow(id, reference, Instant.parse("2026-11-25T10:00:00Z"),
                Instant.parse("2026-11-25T12:00:00Z"));
    }
}
