package org.millwright.sandbox.internal.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.erp.EquipmentStore.PartView;
import org.millwright.sandbox.internal.http.ApiException;

/** Stock per material and plant: on hand, reserved, and what is available for new reservations. */
final class StockStore {

    StockView stock(Connection connection, String material, String plant) throws SQLException {
        if (!Database.exists(connection, "material", "material", material)) {
            throw ApiException.notFound("unknown material '" + material + "'");
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT on_hand, reserved FROM sandbox.stock WHERE material = ? AND plant = ?")) {
            query.setString(1, material);
            query.setString(2, plant);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? StockView.of(material, plant, rows.getInt("on_hand"), rows.getInt("reserved"))
                        : StockView.of(material, plant, 0, 0);
            }
        }
    }

    StockView setOnHand(Connection connection, String material, String plant, int onHand) throws SQLException {
        requireMaterial(connection, material);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO sandbox.stock (material, plant, on_hand) VALUES (?, ?, ?)
                ON CONFLICT (material, plant) DO UPDATE SET on_hand = EXCLUDED.on_hand""")) {
            upsert.setString(1, material);
            upsert.setString(2, plant);
            upsert.setInt(3, onHand);
            upsert.executeUpdate();
        }
        return stock(connection, material, plant);
    }

    /** Reserves every item or nothing: 422 when any material is short (the caller's transaction rolls back). */
    void reserve(Connection connection, String plant, List<PartView> items) throws SQLException {
        Map<String, Integer> wanted = new TreeMap<>(); // sorted, so concurrent reservations lock rows in one order
        items.forEach(item -> wanted.merge(item.material(), item.quantity(), Integer::sum));
        for (Map.Entry<String, Integer> entry : wanted.entrySet()) {
            String material = entry.getKey();
            requireMaterial(connection, material);
            int available = 0;
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT on_hand, reserved FROM sandbox.stock WHERE material = ? AND plant = ? FOR UPDATE")) {
                lock.setString(1, material);
                lock.setString(2, plant);
                try (ResultSet rows = lock.executeQuery()) {
                    if (rows.next()) {
                        available = StockView.of(material, plant, rows.getInt("on_hand"), rows.getInt("reserved"))
                                .available();
                    }
                }
            }
            if (available < entry.getValue()) {
                throw ApiException.unprocessable("insufficient_stock", "insufficient stock of material '" + material
                        + "' at plant '" + plant + "': requested " + entry.getValue() + ", available " + available);
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sandbox.stock SET reserved = reserved + ? WHERE material = ? AND plant = ?")) {
                update.setInt(1, entry.getValue());
                update.setString(2, material);
                update.setString(3, plant);
                update.executeUpdate();
            }
        }
    }

    /** Takes the items off the reserved stock; {@code issued} also takes them off the stock on hand. */
    void settle(Connection connection, String plant, List<PartView> items, boolean issued) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sandbox.stock SET reserved = reserved - ?,"
                + " on_hand = on_hand - ? WHERE material = ? AND plant = ?")) {
            for (PartView item : items) {
                update.setInt(1, item.quantity());
                update.setInt(2, issued ? item.quantity() : 0);
                update.setString(3, item.material());
                update.setString(4, plant);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static void requireMaterial(Connection connection, String material) throws SQLException {
        if (!Database.exists(connection, "material", "material", material)) {
            throw ApiException.unprocessable("unknown_material", "unknown material '" + material + "'");
        }
    }

    /** The stock JSON; {@code available} is on hand less reserved, never below zero. */
    record StockView(String material, String plant, int onHand, int reserved, int available) {
        static StockView of(String material, String plant, int onHand, int reserved) {
            return new StockView(material, plant, onHand, reserved, Math.max(0, onHand - reserved));
        }
    }
}
