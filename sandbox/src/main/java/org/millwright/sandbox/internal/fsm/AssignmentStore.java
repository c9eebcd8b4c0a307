package org.millwright.sandbox.internal.fsm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.millwright.sandbox.internal.db.Database;

/** Assignment rows and the queries the completion sweep needs. */
final class AssignmentStore {
    /** The fixed crew; assignments go round-robin through it. */
    static final List<String> CREW = List.of("Anna Keller", "Ben Okafor", "Chen Li", "Dana Moreau");

    private static final String SELECT = """
            SELECT id, external_reference, equipment, notification_id, window_id, instructions, callback_url,
                   technician, status, created_at, due_at, completed_at, notes, callback_attempts,
                   callback_delivered_at FROM sandbox.assignment""";

    AssignmentView create(Connection connection, NewAssignment request, Instant now, Instant dueAt)
            throws SQLException {
        String id = String.format("FSA-%07d", Database.nextValue(connection, "assignment_seq"));
        String technician = CREW.get((int) (Database.nextValue(connection, "crew_seq") % CREW.size()));
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO sandbox.assignment (id, external_reference, equipment, notification_id, window_id,
                    instructions, callback_url, technician, status, created_at, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', ?, ?)""")) {
            insert.setString(1, id);
            insert.setString(2, request.externalReference());
            insert.setString(3, request.equipment());
            insert.setString(4, request.notificationId());
            insert.setString(5, request.windowId());
            insert.setString(6, request.instructions());
            insert.setString(7, request.callbackUrl());
            insert.setString(8, technician);
            Database.setInstant(insert, 9, now);
            Database.setInstant(insert, 10, dueAt);
            insert.executeUpdate();
        }
        return find(connection, "id", Optional.of(id)).get(0);
    }

    List<AssignmentView> findByExternalReference(Connection connection, Optional<String> externalReference)
            throws SQLException {
        return find(connection, "external_reference", externalReference);
    }

    /** Marks every assignment whose due time has come as completed; its callback is due at once. */
    int completeDue(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE sandbox.assignment
                SET status = 'COMPLETED', completed_at = ?, next_attempt_at = ?,
                    notes = 'Completed by ' || technician || ': ' || instructions
                WHERE status = 'ASSIGNED' AND due_at <= ?""")) {
            Database.setInstant(update, 1, now);
            Database.setInstant(update, 2, now);
            Database.setInstant(update, 3, now);
            return update.executeUpdate();
        }
    }

    List<Callback> callbacksDue(Connection connection, Instant now, int limit) throws SQLException {
        List<Callback> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, external_reference, equipment, technician, completed_at, notes, callback_url
                FROM sandbox.assignment
                WHERE status = 'COMPLETED' AND callback_delivered_at IS NULL AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id LIMIT ?""")) {
            Database.setInstant(query, 1, now);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new Callback(rows.getString("callback_url"), new CallbackBody(rows.getString("id"),
                            rows.getString("external_reference"), rows.getString("equipment"),
                            rows.getString("technician"), Database.iso(Database.instant(rows, "completed_at")),
                            rows.getString("notes"))));
                }
            }
        }
        return result;
    }

    void markDelivered(Connection connection, String id, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE sandbox.assignment SET callback_delivered_at = ?, callback_attempts = callback_attempts + 1,
                    last_callback_error = NULL WHERE id = ?""")) {
            Database.setInstant(update, 1, now);
            update.setString(2, id);
            update.executeUpdate();
        }
    }

    void markFailed(Connection connection, String id, String error, Instant nextAttempt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE sandbox.assignment SET callback_attempts = callback_attempts + 1, last_callback_error = ?,
                    next_attempt_at = ? WHERE id = ?""")) {
            update.setString(1, error);
            Database.setInstant(update, 2, nextAttempt);
            update.setString(3, id);
            update.executeUpdate();
        }
    }

    private static List<AssignmentView> find(Connection connection, String column, Optional<String> value)
            throws SQLException {
        List<AssignmentView> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                SELECT + " WHERE (?::text IS NULL OR " + column + " = ?) ORDER BY id")) {
            query.setString(1, value.orElse(null));
            query.setString(2, value.orElse(null));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new AssignmentView(rows.getString("id"), rows.getString("external_reference"),
                            rows.getString("equipment"), rows.getString("notification_id"),
                            rows.getString("window_id"), rows.getString("instructions"),
                            rows.getString("callback_url"), rows.getString("technician"), rows.getString("status"),
                            Database.iso(Database.instant(rows, "created_at")),
                            Database.iso(Database.instant(rows, "due_at")),
                            Database.iso(Database.instant(rows, "completed_at")), rows.getString("notes"),
                            rows.getInt("callback_attempts"),
                            Database.iso(Database.instant(rows, "callback_delivered_at"))));
                }
            }
        }
        return result;
    }

    /** A validated create request. */
    record NewAssignment(String externalReference, String equipment, String notificationId, String windowId,
                         String instructions, String callbackUrl) {
    }

    /** The assignment JSON; completion and delivery fields are null until they happen. */
    record AssignmentView(String id, String externalReference, String equipment, String notificationId,
                          String windowId, String instructions, String callbackUrl, String technician, String status,
                          String createdAt, String dueAt, String completedAt, String notes, int callbackAttempts,
                          String callbackDeliveredAt) {
    }

    /** A completion callback to send. */
    record Callback(String url, CallbackBody body) {
    }

    /** The JSON POSTed to the callback URL. */
    record CallbackBody(String assignmentId, String externalReference, String equipment, String technician,
                        String completedAt, String notes) {
    }
}
