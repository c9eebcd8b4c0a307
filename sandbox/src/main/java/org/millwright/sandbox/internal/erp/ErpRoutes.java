package org.millwright.sandbox.internal.erp;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.erp.DocumentStore.DocumentView;
import org.millwright.sandbox.internal.erp.DocumentStore.Kind;
import org.millwright.sandbox.internal.erp.EquipmentStore.PartView;
import org.millwright.sandbox.internal.http.ApiException;
import org.millwright.sandbox.internal.http.JsonFields;
import org.millwright.sandbox.internal.http.Request;
import org.millwright.sandbox.internal.http.Response;
import org.millwright.sandbox.internal.http.Router;

/** {@code /sandbox/erp/...}: equipment, stock, reservations, purchase requisitions. */
public final class ErpRoutes {
    private static final String SYSTEM = "erp";

    private final Database database;
    private final Clock clock;
    private final EquipmentStore equipment = new EquipmentStore();
    private final StockStore stock = new StockStore();
    private final DocumentStore documents = new DocumentStore();

    private ErpRoutes(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public static void register(Router router, Database database, Clock clock) {
        ErpRoutes erp = new ErpRoutes(database, clock);
        router.route(SYSTEM, "GET", "/sandbox/erp/equipment",
                request -> Response.ok(database.inTransaction(erp.equipment::all)));
        router.route(SYSTEM, "GET", "/sandbox/erp/equipment/{id}", erp::oneEquipment);
        router.route(SYSTEM, "PUT", "/sandbox/erp/equipment/{id}/status", erp::setStatus);
        router.route(SYSTEM, "GET", "/sandbox/erp/equipment/{id}/status-history", request -> Response.ok(
                database.inTransaction(connection -> erp.equipment.history(connection, request.path("id")))));
        router.route(SYSTEM, "GET", "/sandbox/erp/stock", erp::stockLevel);
        router.route(SYSTEM, "PUT", "/sandbox/erp/stock", erp::setStock);
        router.route(SYSTEM, "POST", "/sandbox/erp/reservations", request -> erp.create(request, Kind.RESERVATION));
        router.route(SYSTEM, "GET", "/sandbox/erp/reservations", request -> erp.find(request, Kind.RESERVATION));
        router.route(SYSTEM, "POST", "/sandbox/erp/reservations/{id}/release",
                request -> erp.settle(request, "RELEASED"));
        router.route(SYSTEM, "POST", "/sandbox/erp/reservations/{id}/consume",
                request -> erp.settle(request, "CONSUMED"));
        router.route(SYSTEM, "POST", "/sandbox/erp/purchase-requisitions",
                request -> erp.create(request, Kind.REQUISITION));
        router.route(SYSTEM, "GET", "/sandbox/erp/purchase-requisitions",
                request -> erp.find(request, Kind.REQUISITION));
    }

    private Response oneEquipment(Request request) {
        String id = request.path("id");
        return Response.ok(database.inTransaction(connection -> equipment.find(connection, id))
                .orElseThrow(() -> EquipmentStore.unknown(id)));
    }

    private Response setStatus(Request request) {
        String id = request.path("id");
        JsonFields body = request.body();
        String status = body.oneOf("status", EquipmentStore.STATUSES);
        String externalReference = body.text("externalReference");
        return Response.ok(database.inTransaction(
                connection -> equipment.setStatus(connection, id, status, externalReference, now())));
    }

    private Response stockLevel(Request request) {
        String material = request.query("material")
                .orElseThrow(() -> ApiException.badRequest("query parameter 'material' is required"));
        String plant = request.query("plant")
                .orElseThrow(() -> ApiException.badRequest("query parameter 'plant' is required"));
        return Response.ok(database.inTransaction(connection -> stock.stock(connection, material, plant)));
    }

    private Response setStock(Request request) {
        JsonFields body = request.body();
        String material = body.text("material");
        String plant = body.text("plant");
        int onHand = body.integer("onHand", 0, Integer.MAX_VALUE);
        return Response.ok(database.inTransaction(connection -> stock.setOnHand(connection, material, plant, onHand)));
    }

    private Response create(Request request, Kind kind) {
        JsonFields body = request.body();
        String externalReference = body.text("externalReference");
        String equipmentId = body.text("equipment");
        String plant = body.text("plant");
        List<PartView> items = body.objects("items").stream()
                .map(item -> new PartView(item.text("material"), item.integer("quantity", 1, 1_000_000)))
                .toList();
        return Response.created(database.inTransaction(connection -> {
            if (!Database.exists(connection, "equipment", "id", equipmentId)) {
                throw ApiException.unprocessable("unknown_equipment", "unknown equipment '" + equipmentId + "'");
            }
            if (kind == Kind.RESERVATION) {
                stock.reserve(connection, plant, items);
            } else {
                for (PartView item : items) {
                    StockStore.requireMaterial(connection, item.material());
                }
            }
            return documents.create(connection, kind, externalReference, equipmentId, plant, items, now());
        }));
    }

    /** Ends an open reservation: its stock is no longer reserved, and on {@code CONSUMED} it left the plant too. */
    private Response settle(Request request, String status) {
        String id = request.path("id");
        return Response.ok(database.inTransaction(connection -> {
            DocumentView reservation = documents.get(connection, Kind.RESERVATION, id)
                    .orElseThrow(() -> ApiException.notFound("unknown reservation '" + id + "'"));
            if (reservation.status().equals(status)) {
                return reservation;
            }
            if (!reservation.status().equals("OPEN")) {
                throw ApiException.conflict("reservation '" + id + "' is " + reservation.status()
                        + ", it cannot become " + status);
            }
            stock.settle(connection, reservation.plant(), reservation.items(), status.equals("CONSUMED"));
            return documents.setStatus(connection, Kind.RESERVATION, reservation, status);
        }));
    }

    private Response find(Request request, Kind kind) {
        return Response.ok(database.inTransaction(connection -> documents.find(connection, kind,
                request.query("externalReference"), request.query("equipment"))));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
