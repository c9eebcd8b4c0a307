package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * A permanent failure of a system of record is not retried blindly: the step becomes an incident at once, with the
 * system's own reason, and an operator retries it from the API.
 */
class IncidentIT extends HubIT {

    @Autowired
    EpisodeStore episodes;

    @Test
    void permanentFailureBecomesAnIncidentAtOnceAndCanBeRetried() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String key = episodes.record(new ConditionRaised(AssetId.of("ghost-motor-01"), FailureMode.of("bearing-wear"),
                Severity.ALARM, new Evidence("bearing-vibration-zone", SignalType.VIBRATION_VELOCITY, 8.0, 4.5, "D",
                at, "test"), at, "test-1")).orElseThrow().value();

        JsonNode incident = awaitIncident(key);
        JsonNode step = incident.get("steps").get(0);
        assertThat(step.get("name").asString()).isEqualTo("validate-asset");
        assertThat(step.get("state").asString()).isEqualTo("FAILED");
        assertThat(step.get("attempts").asInt()).isEqualTo(1);
        assertThat(step.get("error").asString()).contains("not in the ERP equipment master");

        Http.Response retry = Http.post(hub("/api/v1/episodes/" + key + "/retry"), "");

        assertThat(retry.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode again = Http.getJson(hub("/api/v1/episodes/" + key));
            assertThat(again.get("workflowState").asString()).isEqualTo("INCIDENT");
            assertThat(again.get("steps").get(0).get("attempts").asInt()).isEqualTo(2);
        });
    }

    @Test
    void retryingAnEpisodeWithoutIncidentIsAConflictAndAnUnknownOneNotFound() {
        String closed = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> episodesOf("north-l1-motor-01").stream()
                        .filter(e -> e.get("state").asString().equals("CLOSED"))
                        .map(e -> e.get("id").asString()).findFirst().orElse(null), java.util.Objects::nonNull);

        Http.Response conflict = Http.post(hub("/api/v1/episodes/" + closed + "/retry"), "");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("no failed step");
        assertThat(Http.post(hub("/api/v1/episodes/EP-000000000000/retry"), "").status()).isEqualTo(404);
    }

    private JsonNode awaitIncident(String key) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> Http.getJson(hub("/api/v1/episodes/" + key)),
                        episode -> episode.get("workflowState").asString().equals("INCIDENT"));
    }
}
