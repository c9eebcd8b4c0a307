package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.millwright.app.episodes.EpisodeStore;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Evidence;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, "It must show": the ERP answers 503 for 60 s while episodes keep coming. Its circuit opens, the steps that
 * need it wait for it instead of burning their attempts, nothing is lost or duplicated, every workflow completes
 * after recovery, and the metrics and health show the outage.
 */
class OutageIT extends HubIT {
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    /** Assets and failure modes no other test uses, so that their episodes are this test's alone. */
    private static final List<String[]> CASES = List.of(
            new String[] {"north-l2-motor-01", "bearing-wear"}, new String[] {"north-l2-pump-01", "seal-leak"},
            new String[] {"south-l2-motor-01", "bearing-wear"}, new String[] {"south-l2-pump-01", "seal-leak"},
            new String[] {"north-l2-motor-02", "bearing-wear"}, new String[] {"south-l2-motor-02", "bearing-wear"});

    @Autowired
    EpisodeStore episodes;

    @Test
    void erpOutageOfAMinuteOpensTheCircuitAndEveryWorkflowCompletesOnceAfterRecovery() {
        Instant until = Instant.now().plus(OUTAGE);
        assertThat(Http.put(sandbox("/sandbox/admin/faults/erp"), "{\"outageUntil\":\"" + until + "\"}").status())
                .isEqualTo(200);
        List<String> keys = new ArrayList<>();
        Set<String> statesSeen = new HashSet<>();
        boolean circuitSeenOpen = false;
        for (String[] c : CASES) { // one new episode every ~8 s while the ERP is down
            keys.add(raise(c[0], c[1]));
            Instant next = Instant.now().plusSeconds(8);
            await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(next));
            circuitSeenOpen |= circuitIsOpen();
            keys.forEach(key -> statesSeen.add(workflowState(key)));
        }
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            keys.forEach(key -> statesSeen.add(workflowState(key)));
            return Instant.now().isAfter(until);
        });
        circuitSeenOpen |= prometheus().contains("outcome=\"rejected-open-circuit\"");

        assertThat(circuitSeenOpen).as("the ERP's circuit opened").isTrue();
        assertThat(statesSeen).contains("WAITING_FOR_SYSTEM").doesNotContain("INCIDENT");
        for (String key : keys) {
            JsonNode episode = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Http.getJson(hub("/api/v1/episodes/" + key)),
                            e -> e.get("workflowState").asString().equals("COMPLETED"));
            // one work order: created with the episode key, or open work of the asset that the workflow linked
            boolean linked = episode.get("steps").valueStream().anyMatch(step -> step.get("name").asString()
                    .equals("find-open-work") && !step.path("outcome").asString("").isEmpty());
            assertThat(sandboxRecords("/sandbox/eam/notifications", key)).as(key).hasSize(linked ? 0 : 1);
            assertThat(episode.get("records").has("notification")).as(key).isTrue();
            assertThat(sandboxRecords("/sandbox/planning/windows", key)).as(key).hasSize(1);
            assertThat(sandboxRecords("/sandbox/fsm/assignments", key)).as(key).hasSize(1);
            int reservations = sandboxRecords("/sandbox/erp/reservations", key).size();
            int requisitions = sandboxRecords("/sandbox/erp/purchase-requisitions", key).size();
            assertThat(reservations).as(key).isLessThanOrEqualTo(1);
            assertThat(requisitions).as(key).isLessThanOrEqualTo(1);
            assertThat(reservations + requisitions).as(key).isPositive();
            String asset = episode.get("assetId").asString();
            assertThat(Http.getJson(sandbox("/sandbox/erp/equipment/" + asset)).get("status").asString())
                    .isEqualTo("RUNNING");
        }
        assertThat(prometheus()).contains("millwright_connector_circuit_state{system=\"erp\"} 0.0");
    }

    private String raise(String asset, String failureMode) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return episodes.record(new ConditionRaised(AssetId.of(asset), FailureMode.of(failureMode), Severity.ALARM,
                new Evidence("outage-drill", SignalType.VIBRATION_VELOCITY, 7.5, 4.5, "D", at, "outage drill"), at,
                "test-1")).orElseThrow().value();
    }

    private boolean circuitIsOpen() {
        // while a system of record is down the hub's health is DOWN (503), and says which one
        JsonNode erp = Http.get(hub("/actuator/health")).json().get("components").get("systemsOfRecord")
                .get("components").get("erp");
        return erp.get("details").get("circuit").asString().equals("OPEN");
    }

    private String workflowState(String key) {
        return Http.getJson(hub("/api/v1/episodes/" + key)).get("workflowState").asString();
    }

    private String prometheus() {
        return Http.get(hub("/actuator/prometheus")).body();
    }
}
