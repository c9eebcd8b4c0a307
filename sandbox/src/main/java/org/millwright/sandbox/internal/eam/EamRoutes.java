package org.millwright.sandbox.internal.eam;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.eam.NotificationStore.NewNotification;
import org.millwright.sandbox.internal.http.ApiException;
import org.millwright.sandbox.internal.http.JsonFields;
import org.millwright.sandbox.internal.http.Request;
import org.millwright.sandbox.internal.http.Response;
import org.millwright.sandbox.internal.http.Router;

/** {@code /sandbox/eam/notifications}: create, search, change status, delete (as an EAM user may in its UI). */
public final class EamRoutes {
    /** Like SAP PM, the short text is cut at 40 characters rather than refused. */
    static final int SHORT_TEXT_LENGTH = 40;

    private static final String SYSTEM = "eam";

    private final Database database;
    private final Clock clock;
    private final NotificationStore notifications = new NotificationStore();

    private EamRoutes(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public static void register(Router router, Database database, Clock clock) {
        EamRoutes eam = new EamRoutes(database, clock);
        router.route(SYSTEM, "POST", "/sandbox/eam/notifications", eam::create);
        router.route(SYSTEM, "GET", "/sandbox/eam/notifications", eam::search);
        router.route(SYSTEM, "PUT", "/sandbox/eam/notifications/{id}/status", eam::setStatus);
        router.route(SYSTEM, "DELETE", "/sandbox/eam/notifications/{id}", eam::delete);
    }

    private Response create(Request request) {
        JsonFields body = request.body();
        String shortText = body.text("shortText");
        NewNotification notification = new NewNotification(body.text("externalReference"), body.text("equipment"),
                body.text("failureMode"), body.integer("priority", 1, 4),
                shortText.length() > SHORT_TEXT_LENGTH ? shortText.substring(0, SHORT_TEXT_LENGTH) : shortText,
                body.textAllowEmpty("longText"));
        return Response.created(database.inTransaction(connection -> {
            if (!Database.exists(connection, "equipment", "id", notification.equipment())) {
                throw ApiException.unprocessable("unknown_equipment",
                        "unknown equipment '" + notification.equipment() + "'");
            }
            return notifications.create(connection, notification, now());
        }));
    }

    private Response search(Request request) {
        Optional<String> status = request.query("status");
        if (status.isPresent() && !NotificationStore.STATUSES.contains(status.get())) {
            throw ApiException.badRequest("query parameter 'status' must be one of " + NotificationStore.STATUSES
                    + " but was '" + status.get() + "'");
        }
        return Response.ok(database.inTransaction(connection -> notifications.search(connection,
                request.query("externalReference"), request.query("equipment"), request.query("failureMode"),
                status)));
    }

    private Response setStatus(Request request) {
        String id = request.path("id");
        JsonFields body = request.body();
        String status = body.oneOf("status", new HashSet<>(NotificationStore.STATUSES));
        Optional<String> externalReference = body.optionalText("externalReference");
        return Response.ok(database.inTransaction(
                connection -> notifications.setStatus(connection, id, status, externalReference, now())));
    }

    private Response delete(Request request) {
        String id = request.path("id");
        return Response.ok(database.inTransaction(connection -> notifications.delete(connection, id)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
