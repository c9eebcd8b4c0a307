package org.millwright.orchestrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.DispatchRequest;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.StockLevel;
import org.millwright.connector.WindowRequest;
import org.millwright.connector.WorkRecord;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/**
 * The canonical business services over the systems of record, whichever system the routing assigns to the asset's
 * site: the maintenance workflow calls them, and the hub's {@code /api/v1} exposes them. Every creating service takes
 * the {@link Once} scope that makes it idempotent: it creates only when no earlier attempt in that scope completed,
 * and after an attempt whose answer was lost it first looks the record up by its external reference.
 *
 * <p>Stateless and thread-safe.
 */
public final class MaintenanceServices {
    private final SystemsRouting routing;

    public MaintenanceServices(SystemsRouting routing) {
        this.routing = Objects.requireNonNull(routing, "routing");
    }

    /** Which configured system serves each port for the asset. */
    public SystemsOfRecord.Names systemsOf(AssetId asset) {
        return routing.forAsset(asset).names();
    }

    /** The asset's equipment record, empty when the equipment master does not know the asset. */
    public Served<Optional<EquipmentRecord>> findEquipment(AssetId asset) {
        SystemsOfRecord systems = routing.forAsset(asset);
        return new Served<>(systems.assets().equipment(asset), systems.names().assets());
    }

    /** The asset's equipment record; a permanent failure when the equipment master does not know the asset. */
    public Served<EquipmentRecord> validateAsset(AssetId asset) {
        Served<Optional<EquipmentRecord>> found = findEquipment(asset);
        return new Served<>(found.value().orElseThrow(() -> ConnectorException.permanent(found.system(),
                "equipment", "asset " + asset + " is not in the ERP equipment master of " + found.system())),
                found.system());
    }

    /** Open work the EAM already has for the asset and failure mode, other than the record of {@code reference}. */
    public Served<Optional<String>> findOpenWork(AssetId asset, FailureMode mode, String reference, Once once) {
        SystemsOfRecord systems = routing.forAsset(asset);
        String system = systems.names().work();
        String found = once.read(system, () -> systems.work().findOpenWork(asset, mode)
                .filter(work -> !work.externalReference().equals(reference)).map(WorkRecord::id).orElse(""));
        return new Served<>(found.isEmpty() ? Optional.empty() : Optional.of(found), system);
    }

    /** Creates the maintenance notification; its id. */
    public Served<String> createNotification(NotificationRequest request, Once once) {
        SystemsOfRecord systems = routing.forAsset(request.asset());
        String system = systems.names().work();
        return new Served<>(once.run(system,
                () -> systems.work().findByExternalReference(request.externalReference()).map(WorkRecord::id),
                () -> systems.work().createNotification(request).id()), system);
    }

    /** Completes the notification in the EAM. */
    public Served<String> completeNotification(AssetId asset, String notificationId, String reference, Once once) {
        SystemsOfRecord systems = routing.forAsset(asset);
        String system = systems.names().work();
        return new Served<>(once.run(system, Optional::empty, () -> {
            systems.work().completeNotification(notificationId, reference);
            return notificationId;
        }), system);
    }

    /** What can still be reserved of each part at the plant, in the order asked. */
    public Served<List<StockLevel>> availability(AssetId asset, String plant, List<SparePart> parts) {
        SystemsOfRecord systems = routing.forAsset(asset);
        List<StockLevel> levels = new ArrayList<>();
        parts.forEach(part -> levels.add(systems.inventory().stock(part.material(), plant)));
        return new Served<>(List.copyOf(levels), systems.names().inventory());
    }

    /** Reserves the parts; the reservation says what could not be reserved. */
    public Served<Reservation> reserveStock(ReservationRequest request, Once once) {
        SystemsOfRecord systems = routing.forAsset(request.asset());
        String system = systems.names().inventory();
        return new Served<>(Reservation.decode(once.run(system,
                () -> systems.inventory().findReservation(request.externalReference())
                        .map(found -> Reservation.of(found).encode()),
                () -> Reservation.of(systems.inventory().reserve(request)).encode())), system);
    }

    /** Issues a reservation's stock to the work: the repair used the parts. */
    public Served<String> consumeReservation(AssetId asset, String reservationId, String reference, Once once) {
        SystemsOfRecord systems = routing.forAsset(asset);
        String system = systems.names().inventory();
        return new Served<>(once.run(system, Optional::empty, () -> {
            systems.inventory().consume(reservationId, reference);
            return reservationId;
        }), system);
    }

    /** Creates the purchase requisition; its id. */
    public Served<String> requestPurchase(RequisitionRequest request, Once once) {
        SystemsOfRecord systems = routing.forAsset(request.asset());
        String system = systems.names().procurement();
        return new Served<>(once.run(system,
                () -> systems.procurement().findRequisition(request.externalReference()).map(RequisitionRecord::id),
                () -> systems.procurement().requisition(request).id()), system);
    }

    /** Asks production planning for a maintenance window; its id. */
    public Served<String> scheduleWindow(WindowRequest request, Once once) {
        SystemsOfRecord systems = routing.forAsset(request.asset());
        String system = systems.names().planning();
        return new Served<>(once.run(system,
                () -> systems.planning().findWindow(request.externalReference()).map(MaintenanceWindow::id),
                () -> systems.planning().proposeWindow(request).id()), system);
    }

    /** Dispatches a technician; the assignment's id. */
    public Served<String> dispatchTechnician(DispatchRequest request, Once once) {
        SystemsOfRecord systems = routing.forAsset(request.asset());
        String system = systems.names().fieldService();
        return new Served<>(once.run(system,
                () -> systems.fieldService().findAssignment(request.externalReference()).map(AssignmentRecord::id),
                () -> systems.fieldService().dispatch(request).id()), system);
    }

    /** Sets the equipment status in the ERP (idempotent in every system: setting the status it has is a no-op). */
    public Served<EquipmentStatus> updateEquipmentStatus(AssetId asset, EquipmentStatus status, String reference,
                                                        Once once) {
        SystemsOfRecord systems = routing.forAsset(asset);
        String system = systems.names().assets();
        once.run(system, Optional::empty, () -> {
            systems.assets().updateStatus(asset, status, reference);
            return status.name();
        });
        return new Served<>(status, system);
    }
}
