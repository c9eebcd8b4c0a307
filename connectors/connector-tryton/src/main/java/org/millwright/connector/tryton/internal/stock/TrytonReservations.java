package org.millwright.connector.tryton.internal.stock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.tryton.PartialStockPolicy;
import org.millwright.connector.tryton.internal.master.Catalog;
import org.millwright.connector.tryton.internal.rpc.TrytonRpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reservations as internal shipments from a plant's storage location to its maintenance location, whose
 * {@code reference} is the hub key: reserve = create (unless a shipment with the key exists) → {@code wait} →
 * {@code assign_try}; release = {@code cancel}; consume = {@code done}. Every step starts from the state Tryton
 * holds, so a call repeated after a lost answer picks up where the first one stopped and never makes a second
 * shipment. The reservation id is the shipment's database id.
 */
public final class TrytonReservations {
    private static final Logger LOG = LoggerFactory.getLogger(TrytonReservations.class);

    private final Shipments shipments;
    private final Catalog catalog;
    private final PartialStockPolicy policy;
    private final Clock clock;

    public TrytonReservations(TrytonRpc rpc, Catalog catalog, PartialStockPolicy policy, ZoneId zone, Clock clock) {
        this.shipments = new Shipments(rpc);
        this.catalog = catalog;
        this.policy = policy;
        this.clock = clock.withZone(zone);
    }

    /**
     * The shipment with this reference whose reservation is finished, with its current shortfall: assigned or done,
     * or, under {@link PartialStockPolicy#KEEP_PARTIAL}, waiting with part of its stock assigned. A shipment a reserve
     * left unfinished (Tryton committed the create or the {@code wait}, then the caller died or lost the answer) is
     * not reported, nor a waiting one that the release policy would have cancelled: the caller's next
     * {@link #reserve} drives that same shipment on from its state, instead of taking it for a reservation that lacks
     * everything.
     */
    public Optional<ReservationRecord> find(String externalReference) {
        return shipments.byReference("findReservation", externalReference, false).filter(shipment -> finished(shipment, policy))
                .map(TrytonReservations::record);
    }

    /** Whether a reserve under {@code policy} would leave {@code shipment} as it is. */
    static boolean finished(Shipments.Shipment shipment, PartialStockPolicy policy) {
        return switch (shipment.state()) {
            case "draft" -> false;
            case "waiting" -> policy == PartialStockPolicy.KEEP_PARTIAL
                    && shipment.moves().stream().anyMatch(Shipments.Move::assigned);
            default -> true;
        };
    }

    /**
     * Finds the shipment with this reference (a cancelled one too: one key, one shipment) or creates it, then
     * drives it as far as stock allows. When only part is assigned, the policy keeps the shipment waiting with
     * the rest as draft moves, or cancels it.
     */
    public ReservationRecord reserve(ReservationRequest request) {
        String operation = "reserve";
        String reference = request.externalReference();
        Shipments.Shipment shipment = shipments.byReference(operation, reference, true).orElse(null);
        if (shipment == null) {
            Catalog.PlantLocations plant = catalog.plant(operation, request.plant());
            Map<String, Catalog.Product> products = catalog.products(operation,
                    request.items().stream().map(SparePart::material).toList());
            List<Shipments.Item> items = request.items().stream()
                    .map(part -> new Shipments.Item(products.get(part.material()), part.quantity())).toList();
            long id = shipments.create(operation, reference, plant, LocalDate.now(clock), items);
            LOG.info("Created internal shipment {} for {} at plant {}", id, reference, request.plant());
            shipment = shipments.read(operation, id);
        } else {
            LOG.info("Found {} in state {}; continuing from there", shipment.describe(), shipment.state());
        }
        if ("draft".equals(shipment.state())) {
            shipment = shipments.press(operation, shipment, "wait", "waiting");
        }
        if ("waiting".equals(shipment.state()) && !shipments.assignTry(operation, shipment)) {
            if (policy == PartialStockPolicy.RELEASE_AND_REQUISITION_ALL) {
                LOG.info("{}: stock covers only part; cancelling it (policy {})", shipment.describe(), policy);
                shipments.press(operation, shipment, "cancel", "cancelled");
            } else {
                LOG.info("{}: stock covers only part; keeping what is assigned (policy {})", shipment.describe(),
                        policy);
            }
        }
        return record(shipments.read(operation, shipment.id()));
    }

    /** Cancels the shipment; a cancelled one stays as it is, a done one (consumed) is a permanent failure. */
    public void release(String reservationId, String externalReference) {
        String operation = "release";
        Shipments.Shipment shipment = owned(operation, reservationId, externalReference);
        if (!"cancelled".equals(shipment.state())) {
            shipments.press(operation, shipment, "cancel", "cancelled");
        }
    }

    /**
     * Issues the shipment ({@code done}); a done one stays as it is, a cancelled one (released) is a permanent
     * failure. A waiting shipment is first assigned as far as stock now allows; what is still unassigned then is
     * dropped from it (deleted draft moves), so that what was reserved is issued; with nothing assigned at all
     * there is nothing to issue, a permanent failure.
     */
    public void consume(String reservationId, String externalReference) {
        String operation = "consume";
        Shipments.Shipment shipment = owned(operation, reservationId, externalReference);
        if ("done".equals(shipment.state())) {
            return;
        }
        if ("draft".equals(shipment.state())) {
            shipment = shipments.press(operation, shipment, "wait", "waiting");
        }
        if ("waiting".equals(shipment.state())) {
            if (!shipments.assignTry(operation, shipment)) {
                shipment = shipments.read(operation, shipment.id());
                List<Long> unassigned = shipment.moves().stream().filter(move -> !move.assigned())
                        .map(Shipments.Move::id).toList();
                if (unassigned.size() == shipment.moves().size()) {
                    throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, shipment.describe()
                            + " has no stock assigned to issue; still missing: " + shortfall(shipment));
                }
                LOG.warn("{}: issuing what is assigned and dropping the unassigned rest {}", shipment.describe(),
                        shortfall(shipment));
                shipments.deleteMoves(operation, unassigned);
                if (!shipments.assignTry(operation, shipment)) {
                    throw ConnectorException.retriable(TrytonRpc.SYSTEM, operation, shipment.describe()
                            + ": stock assigned a moment ago could not be assigned again", null);
                }
            }
            shipment = shipment.withState("assigned");
        }
        shipments.done(operation, shipment);
    }

    private Shipments.Shipment owned(String operation, String reservationId, String externalReference) {
        long id;
        try {
            id = Long.parseLong(reservationId);
        } catch (NumberFormatException e) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "reservation id '" + reservationId
                    + "' is not a Tryton internal shipment id");
        }
        Shipments.Shipment shipment = shipments.read(operation, id);
        if (!externalReference.equals(shipment.reference())) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "internal shipment " + id
                    + " carries reference '" + shipment.reference() + "', not '" + externalReference + "'");
        }
        return shipment;
    }

    private static ReservationRecord record(Shipments.Shipment shipment) {
        return new ReservationRecord(Long.toString(shipment.id()), shipment.reference(), shortfall(shipment));
    }

    /**
     * What the shipment does not hold: every move of a cancelled shipment, the unassigned moves of another, per
     * material in the order of the material codes, rounded up to whole units.
     */
    static List<SparePart> shortfall(Shipments.Shipment shipment) {
        boolean cancelled = "cancelled".equals(shipment.state());
        Map<String, Double> missing = new TreeMap<>();
        for (Shipments.Move move : shipment.moves()) {
            if (cancelled || !(move.assigned() || "cancelled".equals(move.state()))) {
                missing.merge(move.material(), move.quantity(), Double::sum);
            }
        }
        List<SparePart> parts = new ArrayList<>();
        missing.forEach((material, quantity) -> {
            int whole = (int) Math.ceil(quantity - 1e-9);
            if (whole > 0) {
                parts.add(new SparePart(material, whole));
            }
        });
        return parts;
    }
}
