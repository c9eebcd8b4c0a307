package org.millwright.sandbox.internal.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.erp.EquipmentStore.PartView;

/** Reservations and purchase requisitions: the same shape in two tables with their own id series. */
final class DocumentStore {

    /** The two kinds of ERP documents with items. */
    enum Kind {
        RESERVATION("reservation", "RES-"),
        REQUISITION("requisition", "PR-");

        private final String table;
        private final String prefix;

        Kind(String table, String prefix) {
            this.table = table;
            this.prefix = prefix;
        }
    }

    DocumentView create(Connection connection, Kind kind, String externalReference, String equipment, String plant,
                        List<PartView> items, Instant now) throws SQLException {
        String id = kind.prefix + String.format("%07d", Database.nextValue(connection, kind.table + "_seq"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sandbox." + kind.table
                + " (id, external_reference, equipment, plant, status, created_at) VALUES (?, ?, ?, ?, 'OPEN', ?)")) {
            insert.setString(1, id);
            insert.setString(2, externalReference);
            insert.setString(3, equipment);
            insert.setString(4, plant);
            Database.setInstant(insert, 5, now);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sandbox." + kind.table
                + "_item (document_id, position, material, quantity) VALUES (?, ?, ?, ?)")) {
            for (int position = 0; position < items.size(); position++) {
                insert.setString(1, id);
                insert.setInt(2, position);
                insert.setString(3, items.get(position).material());
                insert.setInt(4, items.get(position).quantity());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new DocumentView(id, externalReference, equipment, plant, List.copyOf(items), "OPEN",
                Database.iso(now));
    }

    List<DocumentView> find(Connection connection, Kind kind, Optional<String> externalReference,
                            Optional<String> equipment) throws SQLException {
        List<DocumentView> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, external_reference, equipment, plant,"
                + " status, created_at FROM sandbox." + kind.table
                + " WHERE (?::text IS NULL OR external_reference = ?) AND (?::text IS NULL OR equipment = ?)"
                + " ORDER BY id")) {
            query.setString(1, externalReference.orElse(null));
            query.setString(2, externalReference.orElse(null));
            query.setString(3, equipment.orElse(null));
            query.setString(4, equipment.orElse(null));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(view(connection, kind, rows));
                }
            }
        }
        return result;
    }

    Optional<DocumentView> get(Connection connection, Kind kind, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, external_reference, equipment, plant,"
                + " status, created_at FROM sandbox." + kind.table + " WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(view(connection, kind, rows)) : Optional.empty();
            }
        }
    }

    DocumentView setStatus(Connection connection, Kind kind, DocumentView document, String status)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sandbox." + kind.table
                + " SET status = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, document.id());
            update.executeUpdate();
        }
        return new DocumentView(document.id(), document.externalReference(), document.equipment(), document.plant(),
                document.items(), status, document.createdAt());
    }

    private static DocumentView view(Connection connection, Kind kind, ResultSet rows) throws SQLException {
        String id = rows.getString("id");
        return new DocumentView(id, rows.getString("external_reference"), rows.getString("equipment"),
                rows.getString("plant"), items(connection, kind, id), rows.getString("status"),
                Database.iso(Database.instant(rows, "created_at")));
    }

    private static List<PartView> items(Connection connection, Kind kind, String id) throws SQLException {
        List<PartView> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT material, quantity FROM sandbox."
                + kind.table + "_item WHERE document_id = ? ORDER BY position")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new PartView(rows.getString("material"), rows.getInt("quantity")));
                }
            }
        }
        return result;
    }

    /** The reservation or requisition JSON. */
    record DocumentView(String id, String externalReference, String equipment, String plant, List<PartView> items,
                        String status, String createdAt) {
    }
}
