package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.embedded.EmbeddedDatabase;
import tools.jackson.databind.JsonNode;

/**
 * Issue 2, "It must show" 3: the hub is a real separate JVM, killed with SIGKILL in the middle of a workflow and
 * started again on the same data directory (its orphaned PostgreSQL postmaster included). The workflow finishes
 * with no duplicate record in any system of record and no lost episode.
 */
class CrashRecoveryIT {
    private static final String ASSET = "north-l1-motor-01";

    private final Path data = temporaryDirectory();
    private final Path logs = Path.of("target", "crash-recovery");
    private final int hubPort = freePort();
    private final int databasePort = freePort();
    private final int brokerPort = freePort();
    private final int sandboxPort = freePort();
    private Process hub;

    @Test
    void hubKilledMidWorkflowFinishesItAfterRestartWithoutDuplicates() throws Exception {
        hub = startHub("first", "PT60S");
        awaitUp();
        // Slow planning down so that a call is in flight when the JVM dies.
        Http.put(sandbox("/sandbox/admin/faults/planning"), "{\"latencyMs\":1500}");
        String key = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> episodeWithNotification(), Objects::nonNull);

        hub.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(hub.isAlive()).isFalse();

        hub = startHub("second", "PT2S");
        awaitUp();
        Http.put(sandbox("/sandbox/admin/faults/planning"), "{\"latencyMs\":0}");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "CLOSED".equals(episodeState(key)));

        List<String> episodes = new ArrayList<>();
        Http.getJson(hubUri("/api/v1/episodes")).forEach(e -> {
            if (e.get("assetId").asString().equals(ASSET)) {
                episodes.add(e.get("id").asString());
            }
        });
        assertThat(episodes).containsExactly(key);
        assertThat(records("/sandbox/eam/notifications", key)).hasSize(1);
        assertThat(records("/sandbox/erp/reservations", key).size()
                + records("/sandbox/erp/purchase-requisitions", key).size()).isEqualTo(1);
        assertThat(records("/sandbox/planning/windows", key)).hasSize(1);
        assertThat(records("/sandbox/fsm/assignments", key)).hasSize(1);
        assertThat(Http.getJson(sandbox("/sandbox/erp/equipment/" + ASSET)).get("status").asString()).isEqualTo("RUNNING");
    }

    @AfterEach
    void stopHub() throws Exception {
        if (hub != null && hub.isAlive()) {
            hub.destroy();
            if (!hub.waitFor(60, TimeUnit.SECONDS)) {
                hub.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        // Stops a postmaster a killed hub may have left behind.
        EmbeddedDatabase.start(data.resolve("postgres"), databasePort).close();
    }

    private Process startHub(String run, String completionDelay) throws IOException {
        Files.createDirectories(logs);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                MillwrightApplication.class.getName(),
                "--server.port=" + hubPort,
                "--millwright.data-directory=" + data,
                "--millwright.database.port=" + databasePort,
                "--millwright.broker.port=" + brokerPort,
                "--millwright.sandbox.port=" + sandboxPort,
                "--millwright.sandbox.completion-delay=" + completionDelay,
                "--millwright.simulator.plant-file=" + resource("test-plant.yaml"),
                "--millwright.simulator.time-acceleration=2",
                "--millwright.detection.rules-file=" + resource("test-rules.yaml"),
                "--millwright.connectors.request-timeout=PT5S");
        File log = logs.resolve(run + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private void awaitUp() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    assertThat(hub.isAlive()).as("hub process alive; see " + logs).isTrue();
                    return Http.get(hubUri("/actuator/health")).status() == 200;
                });
    }

    private String episodeWithNotification() {
        for (JsonNode episode : Http.getJson(hubUri("/api/v1/episodes"))) {
            if (episode.get("assetId").asString().equals(ASSET) && episode.get("records").has("notification")) {
                return episode.get("id").asString();
            }
        }
        return null;
    }

    private String episodeState(String key) {
        return Http.getJson(hubUri("/api/v1/episodes/" + key)).get("state").asString();
    }

    private JsonNode records(String path, String key) {
        return Http.getJson(sandbox(path + "?externalReference=" + key));
    }

    private URI hubUri(String path) {
        return URI.create("http://127.0.0.1:" + hubPort + path);
    }

    private URI sandbox(String path) {
        return URI.create("http://127.0.0.1:" + sandboxPort + path);
    }

    private static String resource(String name) throws IOException {
        try {
            return Path.of(CrashRecoveryIT.class.getResource("/" + name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("millwright-crash-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
