package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 2, "It must show" 1: a scripted bearing degradation yields exactly one episode and one record per system of
 * record, checked against the sandbox systems' own records, and the equipment ends up running again.
 */
class MaintenanceLoopIT extends HubIT {

    @Test
    void degradingMotorWithSparesInStockGetsOneNotificationReservationWindowAndAssignment() {
        JsonNode episode = awaitClosedEpisode("north-l1-motor-01");
        String key = episode.get("id").asString();

        assertThat(episodesOf("north-l1-motor-01")).hasSize(1);
        JsonNode notifications = sandboxRecords("/sandbox/eam/notifications", key);
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).get("equipment").asString()).isEqualTo("north-l1-motor-01");
        assertThat(notifications.get(0).get("status").asString()).isEqualTo("COMPLETED");
        JsonNode reservations = sandboxRecords("/sandbox/erp/reservations", key);
        assertThat(reservations).hasSize(1);
        assertThat(reservations.get(0).get("status").asString()).isEqualTo("CONSUMED"); // issued to the repair
        assertThat(sandboxRecords("/sandbox/erp/purchase-requisitions", key)).isEmpty();
        assertThat(sandboxRecords("/sandbox/planning/windows", key)).hasSize(1);
        assertThat(sandboxRecords("/sandbox/fsm/assignments", key)).hasSize(1);
        assertThat(Http.getJson(sandbox("/sandbox/erp/equipment/north-l1-motor-01")).get("status").asString())
                .isEqualTo("RUNNING");

        JsonNode records = episode.get("records");
        assertThat(records.get("notification").asString()).isEqualTo(notifications.get(0).get("id").asString());
        assertThat(records.get("reservation").asString())
                .isEqualTo(sandboxRecords("/sandbox/erp/reservations", key).get(0).get("id").asString());
        assertThat(records.has("purchaseRequisition")).isFalse();
        assertThat(records.get("assignment").asString())
                .isEqualTo(sandboxRecords("/sandbox/fsm/assignments", key).get(0).get("id").asString());
    }

    @Test
    void degradingMotorWithASpareOutOfStockGetsOnePurchaseRequisitionInsteadOfAReservation() {
        JsonNode episode = awaitClosedEpisode("south-l1-motor-01");
        String key = episode.get("id").asString();

        assertThat(episodesOf("south-l1-motor-01")).hasSize(1);
        assertThat(sandboxRecords("/sandbox/eam/notifications", key)).hasSize(1);
        assertThat(sandboxRecords("/sandbox/erp/reservations", key)).isEmpty();
        JsonNode requisitions = sandboxRecords("/sandbox/erp/purchase-requisitions", key);
        assertThat(requisitions).hasSize(1);
        assertThat(episode.get("records").get("purchaseRequisition").asString())
                .isEqualTo(requisitions.get(0).get("id").asString());
        assertThat(sandboxRecords("/sandbox/fsm/assignments", key)).hasSize(1);
        assertThat(Http.getJson(sandbox("/sandbox/erp/equipment/south-l1-motor-01")).get("status").asString())
                .isEqualTo("RUNNING");
    }

    @Test
    void closedEpisodeShowsEveryStepDoneInOrderWithTimestamps() {
        JsonNode summary = awaitClosedEpisode("north-l1-motor-01");
        JsonNode detail = Http.getJson(hub("/api/v1/episodes/" + summary.get("id").asString()));

        List<String> names = new ArrayList<>();
        detail.get("steps").forEach(step -> {
            names.add(step.get("name").asString());
            assertThat(step.get("state").asString()).as(step.toString()).isEqualTo("DONE");
            assertThat(step.get("startedAt").asString()).isNotBlank();
            assertThat(step.get("endedAt").asString()).isNotBlank();
        });
        assertThat(names).containsExactly("validate-asset", "find-open-work", "create-notification", "check-stock",
                "reserve-stock", "schedule-window", "dispatch-technician", "await-completion",
                "consume-spares", "set-equipment-running", "close-episode");
        assertThat(detail.get("workflowState").asString()).isEqualTo("COMPLETED");
        assertThat(detail.get("closedAt").asString()).isNotBlank();
        assertThat(detail.get("evidence").get(0).asString()).contains("bearing-vibration-zone");
    }

    @Test
    void unknownEpisodeIsNotFoundAndMalformedIdIsBadRequest() {
        assertThat(Http.get(hub("/api/v1/episodes/EP-000000000000")).status()).isEqualTo(404);
        assertThat(Http.get(hub("/api/v1/episodes/not-an-episode")).status()).isEqualTo(400);
    }

    private JsonNode awaitClosedEpisode(String asset) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> episodesOf(asset).stream().filter(e -> e.get("state").asString().equals("CLOSED"))
                        .findFirst().orElse(null), java.util.Objects::nonNull);
    }
}
