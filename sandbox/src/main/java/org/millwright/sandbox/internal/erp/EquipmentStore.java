package org.millwright.sandbox.internal.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.http.ApiException;

/** Equipment master rows, their bills of materials and status history. */
final class EquipmentStore {
    static final Set<String> STATUSES = Set.of("RUNNING", "DEGRADED", "UNDER_MAINTENANCE", "STOPPED");

    private static final String SELECT = """
            SELECT id, erp_id, name, asset_class, enterprise, site, area, line, machine_group, support_type,
                   plant, status, created_at FROM sandbox.equipment""";

    List<EquipmentView> all(Connection connection) throws SQLException {
        Map<String, Map<String, List<PartView>>> parts = spareParts(connection, Optional.empty());
        List<EquipmentView> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.add(view(rows, parts.getOrDefault(rows.getString("id"), Map.of())));
            }
        }
        return result;
    }

    Optional<EquipmentView> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(view(rows, spareParts(connection, Optional.of(id)).getOrDefault(id, Map.of())));
            }
        }
    }

    /** Sets the status; a change is written to the history, setting the current status again is a no-op. */
    EquipmentView setStatus(Connection connection, String id, String status, String externalReference, Instant now)
            throws SQLException {
        String previous;
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT status FROM sandbox.equipment WHERE id = ? FOR UPDATE")) {
            lock.setString(1, id);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    throw unknown(id);
                }
                previous = rows.getString(1);
            }
        }
        if (!previous.equals(status)) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sandbox.equipment SET status = ? WHERE id = ?")) {
                update.setString(1, status);
                update.setString(2, id);
                update.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO sandbox.equipment_status_history
                        (equipment_id, previous_status, status, external_reference, created_at)
                    VALUES (?, ?, ?, ?, ?)""")) {
                insert.setString(1, id);
                insert.setString(2, previous);
                insert.setString(3, status);
                insert.setString(4, externalReference);
                Database.setInstant(insert, 5, now);
                insert.executeUpdate();
            }
        }
        return find(connection, id).orElseThrow(() -> unknown(id));
    }

    List<StatusChangeView> history(Connection connection, String id) throws SQLException {
        if (!Database.exists(connection, "equipment", "id", id)) {
            throw unknown(id);
        }
        List<StatusChangeView> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT equipment_id, previous_status, status, external_reference, created_at
                FROM sandbox.equipment_status_history WHERE equipment_id = ? ORDER BY id""")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new StatusChangeView(rows.getString("equipment_id"), rows.getString("previous_status"),
                            rows.getString("status"), rows.getString("external_reference"),
                            Database.iso(Database.instant(rows, "created_at"))));
                }
            }
        }
        return result;
    }

    static ApiException unknown(String id) {
        return ApiException.notFound("unknown equipment '" + id + "'");
    }

    private static Map<String, Map<String, List<PartView>>> spareParts(Connection connection, Optional<String> id)
            throws SQLException {
        Map<String, Map<String, List<PartView>>> result = new LinkedHashMap<>();
        String sql = "SELECT equipment_id, failure_mode, material, quantity FROM sandbox.equipment_spare_part"
                + (id.isPresent() ? " WHERE equipment_id = ?" : "") + " ORDER BY equipment_id, failure_mode, position";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (id.isPresent()) {
                query.setString(1, id.get());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getString("equipment_id"), key -> new TreeMap<>())
                            .computeIfAbsent(rows.getString("failure_mode"), key -> new ArrayList<>())
                            .add(new PartView(rows.getString("material"), rows.getInt("quantity")));
                }
            }
        }
        return result;
    }

    private static EquipmentView view(ResultSet rows, Map<String, List<PartView>> parts) throws SQLException {
        return new EquipmentView(rows.getString("id"), rows.getString("erp_id"), rows.getString("name"),
                rows.getString("asset_class"), rows.getString("enterprise"), rows.getString("site"),
                rows.getString("area"), rows.getString("line"), rows.getString("machine_group"),
                rows.getString("support_type"), rows.getString("plant"), rows.getString("status"), parts,
                Database.iso(Database.instant(rows, "created_at")));
    }

    /** The equipment JSON. */
    record EquipmentView(String id, String erpId, String name, String assetClass, String enterprise, String site,
                         String area, String line, String machineGroup, String supportType, String plant,
                         String status, Map<String, List<PartView>> spareParts, String createdAt) {
    }

    /** One line of a bill of materials, reservation or requisition. */
    record PartView(String material, int quantity) {
    }

    /** One entry of the status history. */
    record StatusChangeView(String equipment, String previousStatus, String status, String externalReference,
                            String createdAt) {
    }
}
