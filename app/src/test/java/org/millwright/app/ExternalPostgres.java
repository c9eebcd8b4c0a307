package org.millwright.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server standing for a plant's own database. Declared before the Spring extension, so that it starts
 * before the application context and stops after it (the context is closed by {@code @DirtiesContext}).
 */
final class ExternalPostgres implements BeforeAllCallback, AfterAllCallback {
    private static EmbeddedPostgres server;

    static String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    static int port() {
        return server.getPort();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
    }
}
