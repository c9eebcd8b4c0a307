package org.millwright.connector.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.millwright.sandbox.SandboxConfig;
import org.millwright.sandbox.SandboxSeed;
import org.millwright.sandbox.SandboxSystems;
import org.millwright.sandbox.SeedEquipment;
import org.millwright.sandbox.SeedMaterial;
import org.millwright.sandbox.SeedPart;
import org.millwright.sandbox.SeedStock;
import org.millwright.sandbox.TestDatabases;

/**
 * The real sandbox for connector tests: one embedded PostgreSQL per JVM, a fresh database per test class,
 * a seed with two motors, two materials and stock, a callback receiver, and the fault admin API. Published in the
 * test-jar for other modules' tests against the real sandbox.
 */
public final class SandboxFixture implements AutoCloseable {
    public static final String MOTOR_1 = "north-l1-motor-01";
    public static final String MOTOR_2 = "north-l1-motor-02";
    public static final String BEARING = "BRG-6205";
    public static final String SEAL = "SEAL-40";
    public static final String PLANT = "1000";

    private final SandboxSystems sandbox;
    private final HttpServer callbacks;
    private final HttpClient admin = HttpClient.newHttpClient();

    private SandboxFixture(SandboxSystems sandbox, HttpServer callbacks) {
        this.sandbox = sandbox;
        this.callbacks = callbacks;
    }

    public static SandboxFixture start(String databaseName) {
        SandboxConfig config = SandboxConfig.defaults()
                .withFieldServiceCompletionDelay(Duration.ofMillis(300))
                .withCallbackRetryInterval(Duration.ofMillis(200));
        SandboxSystems sandbox = SandboxSystems.start(config, TestDatabases.freshDatabase(databaseName), seed());
        try {
            HttpServer callbacks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            callbacks.createContext("/callbacks", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            callbacks.start();
            return new SandboxFixture(sandbox, callbacks);
        } catch (IOException e) {
            sandbox.close();
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return sandbox.baseUri();
    }

    public URI callbackUrl() {
        return URI.create("http://127.0.0.1:" + callbacks.getAddress().getPort() + "/callbacks");
    }

    /** PUT /sandbox/admin/faults/{system} with the given JSON. */
    public void fault(String system, String json) {
        admin("PUT", "/sandbox/admin/faults/" + system, HttpRequest.BodyPublishers.ofString(json));
    }

    public void clearFaults() {
        admin("DELETE", "/sandbox/admin/faults", HttpRequest.BodyPublishers.noBody());
    }

    /** PUT /sandbox/erp/stock. */
    public void setStock(String material, int onHand) {
        admin("PUT", "/sandbox/erp/stock", HttpRequest.BodyPublishers.ofString(
                "{\"material\":\"%s\",\"plant\":\"%s\",\"onHand\":%d}".formatted(material, PLANT, onHand)));
    }

    private void admin(String method, String path, HttpRequest.BodyPublisher body) {
        try {
            HttpResponse<String> response = admin.send(HttpRequest.newBuilder(baseUri().resolve(path))
                    .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " " + path + " answered " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        callbacks.stop(0);
        sandbox.close();
    }

    private static SandboxSeed seed() {
        Map<String, List<SeedPart>> bom = Map.of(
                "bearing-wear", List.of(new SeedPart(BEARING, 2), new SeedPart(SEAL, 1)),
                "overheating", List.of(new SeedPart(SEAL, 1)));
        return new SandboxSeed(
                List.of(new SeedEquipment(MOTOR_1, "Drive motor 1", "MOTOR", "acme", "north", "assembly", "line-1",
                                "GROUP_2", "RIGID", PLANT, "10000101", bom),
                        new SeedEquipment(MOTOR_2, "Cooling pump 2", "PUMP", "acme", "north", "assembly", "line-1",
                                "GROUP_1", "FLEXIBLE", PLANT, "10000102", Map.of())),
                List.of(new SeedMaterial(BEARING, "Deep groove ball bearing 6205", "EA"),
                        new SeedMaterial(SEAL, "Shaft seal 40 mm", "EA")),
                List.of(new SeedStock(BEARING, PLANT, 4), new SeedStock(SEAL, PLANT, 10)));
    }
}
