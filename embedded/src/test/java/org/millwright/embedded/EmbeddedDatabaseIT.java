package org.millwright.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsCommittedRowsAcrossCloseAndStart() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            execute(database.dataSource(), "CREATE TABLE episode (id text PRIMARY KEY)");
            execute(database.dataSource(), "INSERT INTO episode VALUES ('pump-7/bearing')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            assertThat(query(database.dataSource(), "SELECT id FROM episode")).isEqualTo("pump-7/bearing");
        }
    }

    @Test
    void runsDurablyAndOnlyOnLoopback() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            DataSource dataSource = database.dataSource();

            assertThat(query(dataSource, "SHOW fsync")).isEqualTo("on");
            assertThat(query(dataSource, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(dataSource, "SHOW full_page_writes")).isEqualTo("on");
            assertThat(query(dataSource, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(database.jdbcUrl())
                    .isEqualTo("jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres?user=postgres");
            assertThat(database.dataDirectory()).isEqualTo(dataDirectory.toRealPath());
        }
    }

    @Test
    void refusesAFixedPortThatAnotherProcessListensOn() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = squatter.getLocalPort();

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, port))
                    .isInstanceOf(EmbeddedStartupException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void refusesADataDirectoryAlreadyOpenInThisJvm() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, 0)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, 0))
                    .isInstanceOf(EmbeddedStartupException.class)
                    .hasMessageContaining(database.dataDirectory().toString())
                    .hasMessageContaining("already open");
        }
    }

    @Test
    void rejectsAPortOutsideTheTcpRange() {
        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, 70000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as("a row for %s", sql).isTrue();
            return result.getString(1);
        }
    }
}
