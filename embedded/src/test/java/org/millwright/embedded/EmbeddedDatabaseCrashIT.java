package org.millwright.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.embedded.internal.LoopbackPorts;
import org.millwright.embedded.internal.postgres.OrphanPostmasters;

/** The hub's JVM dies by {@code kill -9} while its embedded PostgreSQL runs; the next start must recover. */
class EmbeddedDatabaseCrashIT {

    @TempDir
    Path workDirectory;

    private Path dataDirectory;
    private Process child;

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        if (dataDirectory != null) {
            // Whatever happened above, leave no postmaster running.
            OrphanPostmasters.clear(dataDirectory, Duration.ofSeconds(10));
        }
    }

    @Test
    void stopsTheOrphanedPostmasterAndKeepsCommittedRowsAfterTheJvmIsKilled() throws Exception {
        dataDirectory = workDirectory.resolve("postgres");
        int port = LoopbackPorts.freePort(InetAddress.getByName("127.0.0.1"));
        Path childLog = workDirectory.resolve("child.log");
        child = ChildJvm.start(DatabaseChildProcess.class, childLog, dataDirectory.toString(), Integer.toString(port));
        await().atMost(Duration.ofMinutes(2)).until(() -> !child.isAlive() || ChildJvm.output(childLog).contains(
                DatabaseChildProcess.READY));
        assertThat(ChildJvm.output(childLog)).as("child JVM output").contains(DatabaseChildProcess.READY + " " + port);

        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE work_order (episode text PRIMARY KEY)");
            statement.execute("INSERT INTO work_order VALUES ('press-2/overheat')");
        }
        long orphanPid = postmasterPid();
        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, 0))
                .as("a postmaster whose JVM is alive is not an orphan")
                .isInstanceOf(EmbeddedStartupException.class)
                .hasMessageContaining("in use by another running process");
        assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("live owner's postmaster").isPresent();

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child JVM killed").isTrue();
        assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive))
                .as("the postmaster outlives the killed JVM")
                .isPresent();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port)) {
            assertThat(EmbeddedDatabaseIT.query(database.dataSource(), "SELECT episode FROM work_order"))
                    .isEqualTo("press-2/overheat");
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).as("orphan stopped").isEmpty();
            assertThat(postmasterPid()).isNotEqualTo(orphanPid);
        }
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    }
}
