package org.millwright.sandbox.internal.fsm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.fsm.AssignmentStore.NewAssignment;
import org.millwright.sandbox.internal.http.ApiException;
import org.millwright.sandbox.internal.http.JsonFields;
import org.millwright.sandbox.internal.http.Request;
import org.millwright.sandbox.internal.http.Response;
import org.millwright.sandbox.internal.http.Router;

/** {@code /sandbox/fsm/assignments}: dispatch a technician, look assignments up. */
public final class FsmRoutes {
    private static final String SYSTEM = "fsm";

    private final Database database;
    private final Clock clock;
    private final Duration completionDelay;
    private final AssignmentStore assignments = new AssignmentStore();

    private FsmRoutes(Database database, Clock clock, Duration completionDelay) {
        this.database = database;
        this.clock = clock;
        this.completionDelay = completionDelay;
    }

    public static void register(Router router, Database database, Clock clock, Duration completionDelay) {
        FsmRoutes fsm = new FsmRoutes(database, clock, completionDelay);
        router.route(SYSTEM, "POST", "/sandbox/fsm/assignments", fsm::dispatch);
        router.route(SYSTEM, "GET", "/sandbox/fsm/assignments", request -> Response.ok(database.inTransaction(
                connection -> fsm.assignments.findByExternalReference(connection,
                        request.query("externalReference")))));
    }

    private Response dispatch(Request request) {
        JsonFields body = request.body();
        NewAssignment assignment = new NewAssignment(body.text("externalReference"), body.text("equipment"),
                body.text("notificationId"), body.text("windowId"), body.textAllowEmpty("instructions"),
                callbackUrl(body.text("callbackUrl")));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return Response.created(database.inTransaction(connection -> {
            if (!Database.exists(connection, "equipment", "id", assignment.equipment())) {
                throw ApiException.unprocessable("unknown_equipment",
                        "unknown equipment '" + assignment.equipment() + "'");
            }
            if (!Database.exists(connection, "notification", "id", assignment.notificationId())) {
                throw ApiException.unprocessable("unknown_notification",
                        "unknown notification '" + assignment.notificationId() + "'");
            }
            if (!Database.exists(connection, "maintenance_window", "id", assignment.windowId())) {
                throw ApiException.unprocessable("unknown_window",
                        "unknown maintenance window '" + assignment.windowId() + "'");
            }
            return assignments.create(connection, assignment, now, now.plus(completionDelay));
        }));
    }

    private static String callbackUrl(String text) {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw ApiException.badRequest("field 'callbackUrl' must be an absolute http(s) URL but was '"
                        + text + "'");
            }
            return text;
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("field 'callbackUrl' is not a valid URL: " + e.getMessage());
        }
    }
}
