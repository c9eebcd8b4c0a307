package org.millwright.connector.tryton;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.Inventory;
import org.millwright.connector.Procurement;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.StockLevel;
import org.millwright.connector.tryton.internal.master.Catalog;
import org.millwright.connector.tryton.internal.purchase.TrytonPurchaseRequests;
import org.millwright.connector.tryton.internal.rpc.TrytonRpc;
import org.millwright.connector.tryton.internal.stock.StockLevels;
import org.millwright.connector.tryton.internal.stock.TrytonReservations;

/**
 * Serves the inventory and procurement ports from Tryton 6.0 over JSON-RPC: stock is a product's quantity
 * available to reserve at the plant's storage location, a reservation is an internal shipment from the storage to
 * the maintenance location (reference = hub key), a requisition is a set of purchase requests (description starts
 * with {@code [hub:<key>]}).
 *
 * <p>Every create looks the hub key up first and every workflow step starts from the state Tryton holds, so a call
 * repeated after a timeout or a lost answer never makes a second record. The adapter does not retry (the connector
 * framework does), except one new login after a rejected session; a refused login stops all further logins.
 * Failures are {@link ConnectorException}s of system {@code tryton}, operation = port method name: timeouts,
 * refused connections, 408, 423, 429, 5xx and Tryton's {@code ConcurrencyException} are retriable; {@code UserError},
 * 403 and the other 4xx, a refused login, unknown materials, plants or records and a workflow transition Tryton
 * ignored are permanent, with Tryton's own text. Thread-safe.
 */
public final class TrytonConnector implements Inventory, Procurement {
    private final StockLevels stock;
    private final TrytonReservations reservations;
    private final TrytonPurchaseRequests requests;

    /** @param clock today's date (in {@link TrytonConfig#zone()}) for planned and supply dates */
    public TrytonConnector(TrytonConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        TrytonRpc rpc = new TrytonRpc(config.connection(), config.company(), config.language());
        Catalog catalog = new Catalog(rpc, config.plants());
        this.stock = new StockLevels(rpc, catalog);
        this.reservations = new TrytonReservations(rpc, catalog, config.partialStock(), config.zone(), clock);
        this.requests = new TrytonPurchaseRequests(rpc, catalog, config.supplyLeadTime(), config.zone(), clock);
    }

    // --- Inventory ---

    /** The product's quantity at the plant's storage location less what assigned moves already hold. */
    @Override
    public StockLevel stock(String material, String plant) {
        return stock.stock(material, plant);
    }

    /**
     * The internal shipment with this reference that holds a finished reservation (assigned, done, or waiting with
     * part assigned under {@link PartialStockPolicy#KEEP_PARTIAL}), with what it still lacks. One that a reserve left
     * unfinished, or a cancelled one, is no reservation: {@link #reserve} then continues or reports it.
     */
    @Override
    public Optional<ReservationRecord> findReservation(String externalReference) {
        return reservations.find(externalReference);
    }

    /**
     * Creates (unless one exists for the key, cancelled or not) an internal shipment from the plant's storage to its
     * maintenance location with one move per item, then {@code wait} and {@code assign_try}. With partial stock
     * the {@link PartialStockPolicy} keeps the assigned part (shortfall: the rest) or cancels the shipment
     * (shortfall: everything).
     */
    @Override
    public ReservationRecord reserve(ReservationRequest request) {
        return reservations.reserve(request);
    }

    /** {@code cancel}; a cancelled shipment is left alone; a done (consumed) one fails permanently. */
    @Override
    public void release(String reservationId, String externalReference) {
        reservations.release(reservationId, externalReference);
    }

    /**
     * {@code done}, after assigning what stock now allows and dropping what is still unassigned; a done shipment is
     * left alone; a cancelled (released) one, or one with nothing assigned, fails permanently.
     */
    @Override
    public void consume(String reservationId, String externalReference) {
        reservations.consume(reservationId, externalReference);
    }

    // --- Procurement ---

    /** The purchase requests whose description starts with {@code [hub:<key>]}, not cancelled. */
    @Override
    public Optional<RequisitionRecord> findRequisition(String externalReference) {
        return requests.find(externalReference);
    }

    /**
     * One draft purchase request per item for the plant's warehouse, supply date today plus the lead time, unless
     * requests for the key exist. The record's id lists the request ids, comma-separated.
     */
    @Override
    public RequisitionRecord requisition(RequisitionRequest request) {
        return requests.requisition(request);
    }
}
