package org.millwright.sandbox.internal.planning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.http.ApiException;
import org.millwright.sandbox.internal.http.JsonFields;
import org.millwright.sandbox.internal.http.Request;
import org.millwright.sandbox.internal.http.Response;
import org.millwright.sandbox.internal.http.Router;

/**
 * {@code /sandbox/planning/windows}. The planner is deliberately simple: priority 1 starts at the earliest
 * start, any other priority at the earliest start rounded up to the full hour; the window lasts the requested
 * duration. Windows never collide-check each other.
 */
public final class PlanningRoutes {
    private static final String SYSTEM = "planning";
    private static final int MAX_DURATION_MINUTES = 7 * 24 * 60;

    private final Database database;
    private final Clock clock;

    private PlanningRoutes(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public static void register(Router router, Database database, Clock clock) {
        PlanningRoutes planning = new PlanningRoutes(database, clock);
        router.route(SYSTEM, "POST", "/sandbox/planning/windows", planning::propose);
        router.route(SYSTEM, "GET", "/sandbox/planning/windows", request -> Response.ok(
                database.inTransaction(connection -> find(connection, request.query("externalReference")))));
    }

    /** Where a window starts: at {@code earliestStart} for priority 1, else at the next full hour (or on it). */
    static Instant startFor(int priority, Instant earliestStart) {
        if (priority == 1) {
            return earliestStart;
        }
        Instant hour = earliestStart.truncatedTo(ChronoUnit.HOURS);
        return hour.equals(earliestStart) ? hour : hour.plus(Duration.ofHours(1));
    }

    private Response propose(Request request) {
        JsonFields body = request.body();
        String externalReference = body.text("externalReference");
        String equipment = body.text("equipment");
        String line = body.text("line");
        int priority = body.integer("priority", 1, 4);
        Instant earliestStart = body.instant("earliestStart");
        int minutes = body.integer("durationMinutes", 1, MAX_DURATION_MINUTES);
        Instant start = startFor(priority, earliestStart);
        Instant end = start.plus(Duration.ofMinutes(minutes));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Response.created(database.inTransaction(connection -> {
            if (!Database.exists(connection, "equipment", "id", equipment)) {
                throw ApiException.unprocessable("unknown_equipment", "unknown equipment '" + equipment + "'");
            }
            String id = String.format("MW-%07d", Database.nextValue(connection, "window_seq"));
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO sandbox.maintenance_window (id, external_reference, equipment, line, priority,
                        earliest_start, start_at, end_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, id);
                insert.setString(2, externalReference);
                insert.setString(3, equipment);
                insert.setString(4, line);
                insert.setInt(5, priority);
                Database.setInstant(insert, 6, earliestStart);
                Database.setInstant(insert, 7, start);
                Database.setInstant(insert, 8, end);
                Database.setInstant(insert, 9, now);
                insert.executeUpdate();
            }
            return new WindowView(id, externalReference, equipment, line, priority, earliestStart.toString(),
                    start.toString(), end.toString(), now.toString());
        }));
    }

    private static List<WindowView> find(Connection connection, Optional<String> externalReference)
            throws SQLException {
        List<WindowView> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, external_reference, equipment, line, priority, earliest_start, start_at, end_at, created_at
                FROM sandbox.maintenance_window WHERE (?::text IS NULL OR external_reference = ?) ORDER BY id""")) {
            query.setString(1, externalReference.orElse(null));
            query.setString(2, externalReference.orElse(null));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(new WindowView(rows.getString("id"), rows.getString("external_reference"),
                            rows.getString("equipment"), rows.getString("line"), rows.getInt("priority"),
                            Database.iso(Database.instant(rows, "earliest_start")),
                            Database.iso(Database.instant(rows, "start_at")),
                            Database.iso(Database.instant(rows, "end_at")),
                            Database.iso(Database.instant(rows, "created_at"))));
                }
            }
        }
        return result;
    }

    /** The window JSON. */
    record WindowView(String id, String externalReference, String equipment, String line, int priority,
                      String earliestStart, String start, String end, String createdAt) {
    }
}
