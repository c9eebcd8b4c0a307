package org.millwright.sandbox.internal.eam;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.http.ApiException;

/** Notification rows; ids are numbers from {@code 10000001} on. */
final class NotificationStore {
    /** Statuses in the only order a notification may move through. */
    static final List<String> STATUSES = List.of("OPEN", "IN_PROCESS", "COMPLETED");

    private static final String SELECT = """
            SELECT id, external_reference, equipment, failure_mode, priority, short_text, long_text, status,
                   created_at, updated_at FROM sandbox.notification""";

    NotificationView create(Connection connection, NewNotification request, Instant now) throws SQLException {
        String id = Long.toString(Database.nextValue(connection, "notification_seq"));
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO sandbox.notification (id, external_reference, equipment, failure_mode, priority,
                    short_text, long_text, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")) {
            insert.setString(1, id);
            insert.setString(2, request.externalReference());
            insert.setString(3, request.equipment());
            insert.setString(4, request.failureMode());
            insert.setInt(5, request.priority());
            insert.setString(6, request.shortText());
            insert.setString(7, request.longText());
            Database.setInstant(insert, 8, now);
            Database.setInstant(insert, 9, now);
            insert.executeUpdate();
        }
        return find(connection, id).orElseThrow();
    }

    Optional<NotificationView> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(view(rows)) : Optional.empty();
            }
        }
    }

    List<NotificationView> search(Connection connection, Optional<String> externalReference,
                                  Optional<String> equipment, Optional<String> failureMode, Optional<String> status)
            throws SQLException {
        List<Optional<String>> filters = List.of(externalReference, equipment, failureMode, status);
        List<NotificationView> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT
                + " WHERE (?::text IS NULL OR external_reference = ?) AND (?::text IS NULL OR equipment = ?)"
                + " AND (?::text IS NULL OR failure_mode = ?) AND (?::text IS NULL OR status = ?) ORDER BY id")) {
            for (int i = 0; i < filters.size(); i++) {
                query.setString(2 * i + 1, filters.get(i).orElse(null));
                query.setString(2 * i + 2, filters.get(i).orElse(null));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(view(rows));
                }
            }
        }
        return result;
    }

    /**
     * Moves the notification forward; the current status again is a no-op, backwards is a 409, and so is an
     * external reference that is not the notification's own.
     */
    NotificationView setStatus(Connection connection, String id, String status, Optional<String> externalReference,
                               Instant now) throws SQLException {
        NotificationView current;
        try (PreparedStatement lock = connection.prepareStatement(SELECT + " WHERE id = ? FOR UPDATE")) {
            lock.setString(1, id);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    throw ApiException.notFound("unknown notification '" + id + "'");
                }
                current = view(rows);
            }
        }
        if (externalReference.isPresent() && !externalReference.get().equals(current.externalReference())) {
            throw ApiException.conflict("notification " + id + " carries external reference '"
                    + current.externalReference() + "', not '" + externalReference.get() + "'");
        }
        int from = STATUSES.indexOf(current.status());
        int to = STATUSES.indexOf(status);
        if (to == from) {
            return current;
        }
        if (to < from) {
            throw ApiException.conflict("notification " + id + " cannot go from " + current.status() + " back to "
                    + status);
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sandbox.notification SET status = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, status);
            Database.setInstant(update, 2, now);
            update.setString(3, id);
            update.executeUpdate();
        }
        return find(connection, id).orElseThrow();
    }

    /** Deletes the notification behind everyone's back, as an EAM user may; answers what was deleted, 404 if unknown. */
    NotificationView delete(Connection connection, String id) throws SQLException {
        NotificationView current = find(connection, id)
                .orElseThrow(() -> ApiException.notFound("unknown notification '" + id + "'"));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sandbox.notification WHERE id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
        return current;
    }

    private static NotificationView view(ResultSet rows) throws SQLException {
        return new NotificationView(rows.getString("id"), rows.getString("external_reference"),
                rows.getString("equipment"), rows.getString("failure_mode"), rows.getInt("priority"),
                rows.getString("short_text"), rows.getString("long_text"), rows.getString("status"),
                Database.iso(Database.instant(rows, "created_at")), Database.iso(Database.instant(rows, "updated_at")));
    }

    /** A validated create request. */
    record NewNotification(String externalReference, String equipment, String failureMode, int priority,
                           String shortText, String longText) {
    }

    /** The notification JSON. */
    record NotificationView(String id, String externalReference, String equipment, String failureMode, int priority,
                            String shortText, String longText, String status, String createdAt, String updatedAt) {
    }
}
