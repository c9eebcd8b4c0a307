package org.millwright.connector.maximo;

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
import org.millwright.connector.maximo.internal.asset.AssetIndex;
import org.millwright.connector.maximo.internal.asset.MaximoAssets;
import org.millwright.connector.maximo.internal.rest.MaximoHttp;
import org.millwright.connector.maximo.internal.supply.MaximoInventory;
import org.millwright.connector.maximo.internal.supply.MaximoRequisitions;
import org.millwright.connector.maximo.internal.work.MaximoWork;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/**
 * Serves the work-management, asset-master, inventory (stock only) and procurement ports from IBM Maximo over
 * its REST API ({@code /maximo/api/os/...}, lean JSON, {@code apikey} header): notifications become work orders
 * ({@code mxapiwo}) or service requests ({@code mxapisr}), assets come from {@code mxapiasset}, stock from
 * {@code mxapiinventory}, requisitions go to {@code mxapipr}.
 *
 * <p>Creates are idempotent twice over: each first queries the episode key in the configured reference attribute,
 * and each carries a {@code transactionid} derived from the key, so a retry Maximo rejects with 409 (already
 * committed) returns the record Maximo holds. Failures are {@link ConnectorException}s of system {@code maximo}:
 * timeouts, refused connections, 408, 429 and 5xx are retriable, other 4xx permanent, both with Maximo's
 * {@code Error.message}. Operations are the port method names. Thread-safe.
 */
public final class MaximoConnector implements WorkManagement, AssetMaster, Inventory, Procurement {
    private final MaximoWork work;
    private final MaximoAssets assets;
    private final MaximoInventory inventory;
    private final MaximoRequisitions requisitions;

    /** @param clock dates the requisitions' {@code requireddate} */
    public MaximoConnector(MaximoConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        MaximoConfig.Connection connection = config.connection();
        MaximoHttp http = new MaximoHttp(connection.apiRoot(), connection.apiKey(), connection.requestTimeout());
        AssetIndex index = new AssetIndex(config.assets());
        this.work = new MaximoWork(http, config, index);
        this.assets = new MaximoAssets(http, config.siteId(), index, config.assetStatuses());
        this.inventory = new MaximoInventory(http, config.siteId(), config.storerooms());
        this.requisitions = new MaximoRequisitions(http, config, inventory, clock);
    }

    // --- WorkManagement ---

    /**
     * An open work order (or service request) on the asset, of the configured work type and, when the failure mode
     * has a configured problem code, with that code.
     */
    @Override
    public Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode) {
        return work.findOpenWork(asset, failureMode);
    }

    @Override
    public Optional<WorkRecord> findByExternalReference(String externalReference) {
        return work.findByExternalReference(externalReference);
    }

    /** Creates the work order or service request unless one with this reference exists; 409 returns it. */
    @Override
    public WorkRecord createNotification(NotificationRequest request) {
        return work.create(request);
    }

    /** Changes the status to the configured complete status unless the record is no longer open. */
    @Override
    public void completeNotification(String id, String externalReference) {
        work.complete(id, externalReference);
    }

    // --- AssetMaster ---

    @Override
    public Optional<EquipmentRecord> equipment(AssetId asset) {
        return assets.equipment(asset);
    }

    @Override
    public List<EquipmentRecord> allEquipment() {
        return assets.allEquipment();
    }

    /**
     * Not supported: the Maximo contract this adapter follows has no asset status change.
     *
     * @throws ConnectorException always, permanent
     */
    @Override
    public void updateStatus(AssetId asset, EquipmentStatus status, String externalReference) {
        throw notSupported("updateStatus", "setting an asset status is");
    }

    // --- Inventory ---

    @Override
    public StockLevel stock(String material, String plant) {
        return inventory.stock(material, plant);
    }

    /**
     * Not supported: the Maximo contract this adapter follows has no reservations.
     *
     * @throws ConnectorException always, permanent
     */
    @Override
    public Optional<ReservationRecord> findReservation(String externalReference) {
        throw notSupported("findReservation", "reservations are");
    }

    /**
     * Not supported: the Maximo contract this adapter follows has no reservations; route reservations to the ERP.
     *
     * @throws ConnectorException always, permanent
     */
    @Override
    public ReservationRecord reserve(ReservationRequest request) {
        throw notSupported("reserve", "reservations are");
    }

    /** Not supported, as {@link #reserve}. */
    @Override
    public void release(String reservationId, String externalReference) {
        throw notSupported("release", "reservations are");
    }

    /** Not supported, as {@link #reserve}. */
    @Override
    public void consume(String reservationId, String externalReference) {
        throw notSupported("consume", "reservations are");
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

    private static ConnectorException notSupported(String operation, String what) {
        return ConnectorException.permanent(MaximoHttp.SYSTEM, operation, what + " not supported by Maximo adapter");
    }
}
