package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * With a JDBC URL configured the hub uses that PostgreSQL (here a separately started server standing for the
 * plant's database) and starts no embedded one.
 */
@ExtendWith(ExternalPostgres.class)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "millwright.broker.port=0", "millwright.sandbox.port=0", "millwright.simulator.enabled=false"})
class ExternalDatabaseIT {
    private static final Path DATA = temporaryDirectory();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ExternalPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("millwright.data-directory", DATA::toString);
    }

    @Test
    void usesTheConfiguredDatabaseAndStartsNoEmbeddedOne() {
        assertThat(Files.exists(DATA.resolve("postgres"))).isFalse();
        assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(ExternalPostgres.port());
        assertThat(jdbc.sql("select count(*) from asset_catalogue").query(Integer.class).single()).isPositive();
        assertThat(Http.getJson(java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("millwright-external-db-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
