package org.millwright.connector.tryton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tryton itself holds, asked over JSON-RPC as another user (the administrator by default), independently of the
 * adapter under test: its own tiny client, so that a test's expectations never go through the code it checks.
 */
public final class TrytonQueries {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization;
    private final long company;
    private long ids;

    public TrytonQueries(URI url, String database, String login, String password) {
        this.endpoint = url.resolve(database + "/");
        JsonNode session = send(Map.of(), "common.db.login", List.of(login, Map.of("password", password), "en"))
                .get("result");
        this.authorization = "Session " + Base64.getEncoder().encodeToString((login + ":" + session.get(0).asLong()
                + ":" + session.get(1).asString()).getBytes(StandardCharsets.UTF_8));
        this.company = send(Map.of("Authorization", authorization), "model.res.user.get_preferences",
                List.of(true, Map.of())).get("result").get("company").asLong();
    }

    /** As the seeded administrator. */
    public static TrytonQueries admin(TrytonServer server) {
        return new TrytonQueries(server.url(), TrytonServer.DATABASE, TrytonServer.ADMIN_LOGIN,
                TrytonServer.ADMIN_PASSWORD);
    }

    /**
     * {@code method(params..., {"company":<the user's>,"language":"en",...context})}; fails with Tryton's error when
     * it answers one.
     */
    public JsonNode call(String method, List<?> params, Map<String, ?> context) {
        Map<String, Object> fullContext = new LinkedHashMap<>(Map.of("company", company, "language", "en"));
        fullContext.putAll(context);
        List<Object> withContext = new ArrayList<>(params);
        withContext.add(fullContext);
        JsonNode reply = send(Map.of("Authorization", authorization), method, withContext);
        if (reply.hasNonNull("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    public List<JsonNode> searchRead(String model, List<?> domain, List<String> fields, Map<String, ?> context) {
        List<JsonNode> rows = new ArrayList<>();
        call("model." + model + ".search_read", Arrays.asList(domain, 0, null, List.of(List.of("id", "ASC")), fields),
                context).forEach(rows::add);
        return rows;
    }

    public List<JsonNode> searchRead(String model, List<?> domain, List<String> fields) {
        return searchRead(model, domain, fields, Map.of());
    }

    /** Every internal shipment (cancelled ones too) with this reference: state, locations, moves. */
    public List<JsonNode> shipments(String reference) {
        return searchRead("stock.shipment.internal", List.of(List.of("reference", "=", reference)),
                List.of("state", "from_location.code", "to_location.code", "partially_assigned", "moves"));
    }

    /** The moves of an internal shipment: product code, quantity, state, locations. */
    public List<JsonNode> moves(long shipment) {
        return searchRead("stock.move", List.of(List.of("shipment", "=", "stock.shipment.internal," + shipment)),
                List.of("product.code", "quantity", "state", "from_location.code", "to_location.code",
                        "effective_date"));
    }

    /** Purchase requests whose description starts with {@code prefix} (case-sensitive, unlike SQLite's like). */
    public List<JsonNode> purchaseRequests(String prefix) {
        return searchRead("purchase.request", List.of(List.of("description", "like", prefix + "%")),
                List.of("product.code", "quantity", "uom.symbol", "warehouse.code", "supply_date", "state",
                        "description", "company")).stream()
                .filter(row -> row.path("description").asString("").startsWith(prefix)).toList();
    }

    /**
     * The product's quantity at one location (with its children), as Tryton computes it: physical stock, or with
     * {@code available} what is left to reserve (less assigned outgoing moves).
     */
    public double quantity(String product, String location, boolean available) {
        long locationId = searchRead("stock.location", List.of(List.of("code", "=", location)), List.of("id"))
                .get(0).get("id").asLong();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("locations", List.of(locationId));
        context.put("stock_assign", available);
        return searchRead("product.product", List.of(List.of("code", "=", product)), List.of("quantity"), context)
                .get(0).get("quantity").asDouble();
    }

    /** Logs out the session behind an {@code Authorization: Session ...} header someone else uses. */
    public void logOut(String sessionAuthorization) {
        JsonNode reply = send(Map.of("Authorization", sessionAuthorization), "common.db.logout", List.of());
        if (reply.hasNonNull("error")) {
            throw new IllegalStateException("logout failed: " + reply.get("error"));
        }
    }

    private synchronized JsonNode send(Map<String, String> headers, String method, List<?> params) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", ++ids);
        envelope.put("method", method);
        envelope.put("params", params);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(envelope)));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " answered HTTP " + response.statusCode() + ": "
                        + response.body());
            }
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
