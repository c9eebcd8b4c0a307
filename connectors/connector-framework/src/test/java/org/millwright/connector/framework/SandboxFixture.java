package org.millwright.connector.framework;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.millwright.sandbox.SandboxConfig;
import org.millwright.sandbox.SandboxSeed;
import org.millwright.sandbox.SandboxSystems;
import org.millwright.sandbox.SeedEquipment;
import org.millwright.sandbox.SeedMaterial;
import org.millwright.sandbox.SeedStock;

/**
 * The real sandbox systems of record for framework tests (after connector-sandbox's fixture): one embedded
 * PostgreSQL per JVM, a fresh database per test class, a small seed, and the fault admin API.
 */
final class SandboxFixture implements AutoCloseable {
    static final String MOTOR = "north-l1-motor-01";
    static final String SEAL = "SEAL-40";
    static final String PLANT = "1000";

    private static EmbeddedPostgres postgres;

    private final SandboxSystems sandbox;
    private final HttpClient admin = HttpClient.newHttpClient();

    private SandboxFixture(SandboxSystems sandbox) {
        this.sandbox = sandbox;
    }

    static SandboxFixture start(String databaseName) {
        return new SandboxFixture(SandboxSystems.start(SandboxConfig.defaults(), freshDatabase(databaseName), seed()));
    }

    URI baseUri() {
        return sandbox.baseUri();
    }

    /** PUT /sandbox/admin/faults/{system} with the given JSON. */
    void fault(String system, String json) {
        admin("PUT", "/sandbox/admin/faults/" + system, HttpRequest.BodyPublishers.ofString(json));
    }

    void clearFaults() {
        admin("DELETE", "/sandbox/admin/faults", HttpRequest.BodyPublishers.noBody());
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
        sandbox.close();
    }

    private static SandboxSeed seed() {
        return new SandboxSeed(
                List.of(new SeedEquipment(MOTOR, "Drive motor 1", "MOTOR", "acme", "north", "assembly", "line-1",
                        "GROUP_2", "RIGID", PLANT, "10000101", Map.of())),
                List.of(new SeedMaterial(SEAL, "Shaft seal 40 mm", "EA")),
                List.of(new SeedStock(SEAL, PLANT, 10)));
    }

    private static synchronized DataSource freshDatabase(String name) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is going away; nothing left to do
                    }
                }));
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
