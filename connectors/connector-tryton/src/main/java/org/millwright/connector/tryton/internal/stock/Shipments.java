package org.millwright.connector.tryton.internal.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.tryton.internal.master.Catalog;
import org.millwright.connector.tryton.internal.rpc.RpcValues;
import org.millwright.connector.tryton.internal.rpc.TrytonRpc;
import org.millwright.connector.tryton.internal.rpc.TrytonWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Internal shipments ({@code stock.shipment.internal}) and their moves. Tryton ignores a workflow button whose
 * transition the record's state does not allow (it answers {@code null} as for a valid one), so every button here
 * reads the state back and fails permanently, naming the expected and the actual state, when it did not change
 * as it should.
 */
final class Shipments {
    static final String MODEL = "stock.shipment.internal";
    private static final Logger LOG = LoggerFactory.getLogger(Shipments.class);
    /** Tryton's key suffix of the warning about moves dated in the future (an identifier, not a message). */
    private static final String FUTURE_DATE_WARNING = ".effective_date_future";

    /** A shipment with its moves. */
    record Shipment(long id, String reference, String state, List<Move> moves) {
        Shipment {
            moves = List.copyOf(moves);
        }

        /** The same shipment after a transition (its moves as read before it). */
        Shipment withState(String newState) {
            return new Shipment(id, reference, newState, moves);
        }

        String describe() {
            return "internal shipment " + id + " (reference " + reference + ")";
        }
    }

    /** A move of a shipment: its product's code, quantity (in the product's default unit) and state. */
    record Move(long id, String material, double quantity, String state) {
        boolean assigned() {
            return "assigned".equals(state) || "done".equals(state);
        }
    }

    private final TrytonRpc rpc;

    Shipments(TrytonRpc rpc) {
        this.rpc = rpc;
    }

    /**
     * The shipment carrying {@code reference}: the oldest one not cancelled or, when {@code includeCancelled}, else
     * the oldest cancelled one.
     */
    Optional<Shipment> byReference(String operation, String reference, boolean includeCancelled) {
        List<Object> domain = new ArrayList<>();
        domain.add(List.of("reference", "=", reference));
        if (!includeCancelled) {
            domain.add(List.of("state", "!=", "cancelled"));
        }
        List<JsonNode> rows = rpc.searchRead(operation, MODEL, domain, List.of("state"));
        Optional<JsonNode> row = rows.stream().filter(r -> !"cancelled".equals(r.path("state").asString("")))
                .findFirst().or(() -> rows.stream().findFirst());
        return row.map(r -> read(operation, r.path("id").asLong()));
    }

    /** The shipment with this id and its moves; fails permanently when Tryton has none. */
    Shipment read(String operation, long id) {
        List<JsonNode> rows = rpc.searchRead(operation, MODEL, List.of(List.of("id", "=", id)),
                List.of("reference", "state"));
        if (rows.isEmpty()) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "Tryton has no internal shipment " + id);
        }
        List<JsonNode> moveRows = rpc.searchRead(operation, "stock.move",
                List.of(List.of("shipment", "=", MODEL + "," + id)), List.of("product.code", "quantity", "state"));
        try {
            List<Move> moves = new ArrayList<>();
            for (JsonNode move : moveRows) {
                moves.add(new Move(RpcValues.id(move, "id"), RpcValues.text(move.path("product."), "code"),
                        RpcValues.number(move, "quantity"), RpcValues.text(move, "state")));
            }
            JsonNode row = rows.get(0);
            return new Shipment(id, row.path("reference").asString(""), RpcValues.text(row, "state"), moves);
        } catch (IllegalArgumentException e) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "unexpected internal shipment " + id
                    + ": " + e.getMessage());
        }
    }

    /** Creates a draft shipment from the plant's storage to its maintenance location, one move per item. */
    long create(String operation, String reference, Catalog.PlantLocations plant, LocalDate today,
                List<Item> items) {
        long company = rpc.companyId(operation);
        List<Map<String, Object>> moves = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> move = new LinkedHashMap<>();
            move.put("product", item.product().id());
            move.put("uom", item.product().uom());
            move.put("quantity", (double) item.quantity());
            move.put("from_location", plant.storage());
            move.put("to_location", plant.maintenance());
            move.put("company", company);
            moves.add(move);
        }
        Map<String, Object> shipment = new LinkedHashMap<>();
        shipment.put("company", company);
        shipment.put("reference", reference);
        shipment.put("from_location", plant.storage());
        shipment.put("to_location", plant.maintenance());
        shipment.put("planned_date", today);
        shipment.put("planned_start_date", today);
        shipment.put("moves", List.of(List.of("create", moves)));
        JsonNode ids = rpc.call(operation, "model." + MODEL + ".create", List.of(List.of(shipment)));
        if (!ids.isArray() || ids.size() != 1 || !ids.get(0).isIntegralNumber()) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "model." + MODEL
                    + ".create answered no id: " + ids);
        }
        return ids.get(0).longValue();
    }

    /** An item to move: a product and a quantity in its default unit. */
    record Item(Catalog.Product product, int quantity) {
    }

    /** Presses {@code button}, checks that the shipment is then in {@code expectedState} and returns it so. */
    Shipment press(String operation, Shipment shipment, String button, String expectedState) {
        rpc.button(operation, MODEL, button, List.of(shipment.id()));
        requireState(operation, shipment, button, expectedState);
        return shipment.withState(expectedState);
    }

    /**
     * {@code assign_try}: true when every move is assigned (the shipment is then {@code assigned}); false when stock
     * covers only part (Tryton splits the short moves into an assigned and a draft part; the shipment stays
     * {@code waiting}).
     */
    boolean assignTry(String operation, Shipment shipment) {
        JsonNode result = rpc.button(operation, MODEL, "assign_try", List.of(shipment.id()));
        if (!result.isBoolean()) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "model." + MODEL
                    + ".assign_try answered no boolean: " + result);
        }
        requireState(operation, shipment, "assign_try", result.booleanValue() ? "assigned" : "waiting");
        return result.booleanValue();
    }

    /**
     * {@code done}. Tryton warns (a UserWarning, which rolls the call back) when a move's effective date lies after
     * its today; that warning is acknowledged as {@code res.user.warning} and {@code done} pressed once more.
     */
    Shipment done(String operation, Shipment shipment) {
        try {
            rpc.button(operation, MODEL, "done", List.of(shipment.id()));
        } catch (TrytonWarning warning) {
            if (!warning.name().endsWith(FUTURE_DATE_WARNING)) {
                throw warning;
            }
            LOG.warn("{}: acknowledging Tryton's warning {} ({}) and issuing again", shipment.describe(),
                    warning.name(), warning.upstreamMessage());
            rpc.call(operation, "model.res.user.warning.create", List.of(List.of(Map.of(
                    "user", rpc.userId(operation), "name", warning.name(), "always", false))));
            rpc.button(operation, MODEL, "done", List.of(shipment.id()));
        }
        requireState(operation, shipment, "done", "done");
        return shipment.withState("done");
    }

    void deleteMoves(String operation, List<Long> moves) {
        rpc.call(operation, "model.stock.move.delete", List.of(moves));
    }

    private void requireState(String operation, Shipment shipment, String button, String expected) {
        List<JsonNode> rows = rpc.searchRead(operation, MODEL, List.of(List.of("id", "=", shipment.id())),
                List.of("state"));
        String actual = rows.isEmpty() ? "(deleted)" : rows.get(0).path("state").asString("");
        if (!expected.equals(actual)) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "Tryton did not carry out '" + button
                    + "' on " + shipment.describe() + ": expected state '" + expected + "', found '" + actual
                    + "' (Tryton ignores a transition its workflow does not allow from '" + shipment.state()
                    + "')");
        }
    }
}
