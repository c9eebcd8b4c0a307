package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 2, "It must show" 3: the hub is a real separate JVM, killed with SIGKILL in the middle of a workflow and
 * started again on the same data directory (its orphaned PostgreSQL postmaster included). The workflow finishes
 * with no duplicate record in any system of record and no lost episode.
 */
class CrashRecoveryIT {
    private static final String ASSET = "north-l1-motor-01";

    private final HubProcess hub = new HubProcess(Path.of("target", "crash-recovery"), List.of(
            "--millwright.simulator.plant-file=" + TestFiles.resource("test-plant.yaml"),
            "--millwright.simulator.time-acceleration=2",
            "--millwright.detection.rules-file=" + TestFiles.resource("test-rules.yaml"),
            "--millwright.connectors.request-timeout=PT5S"));

    @Test
    void hubKilledMidWorkflowFinishesItAfterRestartWithoutDuplicates() throws Exception {
        hub.start("first", "--millwright.sandbox.completion-delay=PT60S");
        // Slow planning down so that a call is in flight when the JVM dies.
        Http.put(hub.sandbox("/sandbox/admin/faults/planning"), "{\"latencyMs\":1500}");
        String key = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> episodeWithNotification(), Objects::nonNull);

        hub.kill();

        hub.start("second", "--millwright.sandbox.completion-delay=PT2S");
        Http.put(hub.sandbox("/sandbox/admin/faults/planning"), "{\"latencyMs\":0}");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "CLOSED".equals(episodeState(key)));

        List<String> episodes = new ArrayList<>();
        Http.getJson(hub.uri("/api/v1/episodes")).forEach(e -> {
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
        assertThat(Http.getJson(hub.sandbox("/sandbox/erp/equipment/" + ASSET)).get("status").asString())
                .isEqualTo("RUNNING");
    }

    @AfterEach
    void stopHub() throws Exception {
        hub.close();
    }

    private String episodeWithNotification() {
        for (JsonNode episode : Http.getJson(hub.uri("/api/v1/episodes"))) {
            if (episode.get("assetId").asString().equals(ASSET) && episode.get("records").has("notification")) {
                return episode.get("id").asString();
            }
        }
        return null;
    }

    private String episodeState(String key) {
        return Http.getJson(hub.uri("/api/v1/episodes/" + key)).get("state").asString();
    }

    private JsonNode records(String path, String key) {
        return Http.getJson(hub.sandbox(path + "?externalReference=" + key));
    }
}
