package org.millwright.connector.sap;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.Inventory;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.Procurement;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.StockLevel;
import org.millwright.connector.WorkManagement;
import org.millwright.connector.WorkRecord;
import org.millwright.connector.sap.internal.equipment.EquipmentIndex;
import org.millwright.connector.sap.internal.equipment.SapEquipment;
import org.millwright.connector.sap.internal.logistics.SapRequisitions;
import org.millwright.connector.sap.internal.logistics.SapReservations;
import org.millwright.connector.sap.internal.logistics.SapStock;
import org.millwright.connector.sap.internal.odata.ODataClient;
import org.millwright.connector.sap.internal.work.SapNotifications;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/**
 * Serves the work-management, asset-master, inventory and procurement ports from SAP S/4HANA over its OData V2
 * A2X APIs ({@code API_MAINTNOTIFICATION}, {@code API_EQUIPMENT}, {@code API_MATERIAL_STOCK_SRV},
 * {@code API_RESERVATION_DOCUMENT_SRV}, {@code API_PURCHASEREQ_PROCESS_SRV}), as one technical user with basic
 * authentication and the CSRF handshake.
 *
 * <p>Creates are idempotent: each looks its external reference up with {@code $filter} first
 * ({@code MaintNotifExtReferenceNumber}, {@code PurReqnExternalReference}, and for reservations, which have no
 * such field, {@code ReservationItemText}) and returns the record SAP already holds. Failures are
 * {@link ConnectorException}s of system {@code sap-s4}: timeouts, refused connections, 408, 429 and 5xx are
 * retriable; other 4xx permanent; both carry SAP's {@code error.message.value} and {@code errordetails}.
 * Operations are the port method names. Thread-safe.
 */
public final class SapConnector implements WorkManagement, AssetMaster, Inventory, Procurement {
    private final SapNotifications notifications;
    private final SapEquipment equipment;
    private final SapStock stock;
    private final SapReservations reservations;
    private final SapRequisitions requisitions;

    /** @param clock dates the malfunction start, the reservation and requirement dates and the delivery date */
    public SapConnector(SapConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        SapConfig.Connection connection = config.connection();
        ODataClient client = new ODataClient(connection.serviceRoot(), connection.user(), connection.password(),
                connection.requestTimeout(), connection.sapClient());
        EquipmentIndex index = new EquipmentIndex(config.equipment().links());
        this.notifications = new SapNotifications(client, config.notifications(), index, clock);
        this.equipment = new SapEquipment(client, config.equipment().service(), index);
        this.stock = new SapStock(client, config.stock());
        this.reservations = new SapReservations(client, config.reservations(), clock);
        this.requisitions = new SapRequisitions(client, config.requisitions(), clock);
    }

    // --- WorkManagement ---

    /**
     * An open notification on the asset's equipment with the failure mode's catalog coding; for a failure mode
     * without configured coding, an open notification on the equipment that has no known coding.
     */
    @Override
    public Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode) {
        return notifications.findOpenWork(asset, failureMode);
    }

    @Override
    public Optional<WorkRecord> findByExternalReference(String externalReference) {
        return notifications.findByExternalReference(externalReference);
    }

    /** Creates the notification unless one with this external reference (at most 20 characters) exists. */
    @Override
    public WorkRecord createNotification(NotificationRequest request) {
        return notifications.create(request);
    }

    /** Calls {@code CompleteMaintNotification} unless the notification is already in a closed phase. */
    @Override
    public void completeNotification(String id, String externalReference) {
        notifications.complete(id, externalReference);
    }

    // --- AssetMaster ---

    /** The current time segment of the asset's linked equipment; empty when unlinked or unknown to SAP. */
    @Override
    public Optional<EquipmentRecord> equipment(AssetId asset) {
        return equipment.equipment(asset);
    }

    @Override
    public List<EquipmentRecord> allEquipment() {
        return equipment.allEquipment();
    }

    /**
     * Not supported: the SAP contract this adapter follows has no API to set an equipment status.
     *
     * @throws ConnectorException always, permanent
     */
    @Override
    public void updateStatus(AssetId asset, EquipmentStatus status, String externalReference) {
        throw ConnectorException.permanent(ODataClient.SYSTEM, "updateStatus",
                "setting an equipment status is not supported by the SAP adapter");
    }

    // --- Inventory ---

    @Override
    public StockLevel stock(String material, String plant) {
        return stock.stock(material, plant);
    }

    @Override
    public Optional<ReservationRecord> findReservation(String externalReference) {
        return reservations.find(externalReference);
    }

    @Override
    public ReservationRecord reserve(ReservationRequest request) {
        return reservations.reserve(request);
    }

    /**
     * Not supported yet: in SAP PM the reservation of an order's components goes with the maintenance order; a
     * standalone reservation would be deleted with {@code DELETE A_ReservationDocumentHeader('…')}.
     *
     * @throws ConnectorException always, permanent
     */
    @Override
    public void release(String reservationId, String externalReference) {
        throw ConnectorException.permanent(ODataClient.SYSTEM, "release", "releasing reservations is not supported"
                + " by the SAP adapter yet");
    }

    /**
     * Not supported: the goods issue (movement type 261) is posted with the maintenance order's confirmation in SAP.
     *
     * @throws ConnectorException always, permanent
     */
    @Override
    public void consume(String reservationId, String externalReference) {
        throw ConnectorException.permanent(ODataClient.SYSTEM, "consume", "goods issue is posted by the maintenance"
                + " order confirmation in SAP, not by the hub");
    }

    // --- Procurement ---

    @Override
    public Optional<RequisitionRecord> findRequisition(String externalReference) {
        return requisitions.find(externalReference);
    }

    @Override
    public RequisitionRecord requisition(RequisitionRequest request) {
        return requisitions.requisition(request);
    }
}
