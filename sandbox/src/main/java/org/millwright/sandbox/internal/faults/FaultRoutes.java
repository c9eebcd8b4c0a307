package org.millwright.sandbox.internal.faults;

import org.millwright.sandbox.internal.http.ApiException;
import org.millwright.sandbox.internal.http.JsonFields;
import org.millwright.sandbox.internal.http.Response;
import org.millwright.sandbox.internal.http.Router;

/** {@code /sandbox/admin/faults}: read, set per system, clear all. These routes are never faulted themselves. */
public final class FaultRoutes {

    private FaultRoutes() {
    }

    public static void register(Router router, Faults faults) {
        router.route("GET", "/sandbox/admin/faults", request -> Response.ok(faults.views()));
        router.route("DELETE", "/sandbox/admin/faults", request -> {
            faults.clear();
            return Response.ok(faults.views());
        });
        router.route("PUT", "/sandbox/admin/faults/{system}", request -> {
            String system = request.path("system");
            if (!Faults.SYSTEMS.contains(system)) {
                throw ApiException.notFound("unknown system '" + system + "'; known: " + Faults.SYSTEMS);
            }
            FaultSettings settings = parse(request.body());
            faults.set(system, settings);
            return Response.ok(settings.view());
        });
    }

    private static FaultSettings parse(JsonFields body) {
        return new FaultSettings(
                body.optionalLong("latencyMs", 0, 0, 600_000),
                body.optionalDouble("errorRate", 0.0, 0.0, 1.0),
                body.optionalInstant("outageUntil"),
                body.optionalDouble("loseResponseRate", 0.0, 0.0, 1.0));
    }
}
