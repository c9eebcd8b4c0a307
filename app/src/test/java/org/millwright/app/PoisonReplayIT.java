package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
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
 * Issue 5, "It must show": a poison request (a permanent error) is parked with the reason and the exact request;
 * after the configuration is fixed, a replay completes it exactly once. The poison is a customizing value: the EAM's
 * priority for ADVISORY notifications is configured as 9, which the EAM refuses (it knows 1 to 4), as SAP refuses a
 * priority its customizing does not define. Only ADVISORY episodes are affected; the test rules raise none.
 */
class PoisonReplayIT extends HubIT {
    private static final String ASSET = "north-l1-motor-02";

    @Autowired
    EpisodeStore episodes;

    @AfterEach
    void restoreSystems() throws IOException {
        Files.copy(HubIT.class.getResourceAsStream("/test-systems.yaml"), SYSTEMS,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Http.post(hub("/api/v1/systems/reload"), "");
    }

    @Test
    void permanentFailureIsParkedWithItsRequestAndCompletesOnceAfterTheConfigurationIsFixed() throws IOException {
        configureEamPriorities("{ADVISORY: 9}");
        String key = raiseAdvisory();

        JsonNode parked = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Http.getJson(hub("/api/v1/episodes/" + key)),
                        e -> e.get("workflowState").asString().equals("INCIDENT"));
        JsonNode step = stepNamed(parked, "create-notification");
        assertThat(step.get("state").asString()).isEqualTo("FAILED");
        assertThat(step.get("attempts").asInt()).isEqualTo(1);
        JsonNode failure = step.get("failure");
        assertThat(failure.get("kind").asString()).isEqualTo("PERMANENT");
        assertThat(failure.get("system").asString()).isEqualTo("sandbox-eam");
        assertThat(failure.get("upstreamMessage").asString()).contains("priority");
        assertThat(failure.get("request").get("externalReference").asString()).isEqualTo(key);
        assertThat(failure.get("request").get("asset").asString()).isEqualTo(ASSET);
        assertThat(failure.get("request").get("severity").asString()).isEqualTo("ADVISORY");
        assertThat(sandboxRecords("/sandbox/eam/notifications", key)).isEmpty();
        JsonNode incidents = Http.getJson(hub("/api/v1/episodes/incidents"));
        assertThat(incidents.valueStream().map(e -> e.get("id").asString())).contains(key);

        configureEamPriorities("{ADVISORY: 4}");
        Http.Response retry = Http.post(hub("/api/v1/episodes/" + key + "/retry"), "");
        assertThat(retry.status()).isEqualTo(202);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Http.getJson(hub("/api/v1/episodes/" + key)).get("workflowState").asString(),
                        "COMPLETED"::equals);
        JsonNode notifications = sandboxRecords("/sandbox/eam/notifications", key);
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).get("priority").asInt()).isEqualTo(4);
        assertThat(sandboxRecords("/sandbox/fsm/assignments", key)).hasSize(1);
        assertThat(Http.post(hub("/api/v1/episodes/" + key + "/retry"), "").status()).isEqualTo(409);
    }

    @Test
    void aSystemsFileWithAnErrorIsRejectedAndTheSystemsInForceStay() throws IOException {
        Files.writeString(SYSTEMS, Files.readString(SYSTEMS).replace("eam: {type: sandbox}", "eam: {type: odoo}"));

        Http.Response reload = Http.post(hub("/api/v1/systems/reload"), "");

        assertThat(reload.status()).isEqualTo(422);
        assertThat(reload.body()).contains("systems.eam.type 'odoo' is not an adapter");
        JsonNode systems = Http.getJson(hub("/api/v1/systems"));
        assertThat(systems.get("lastError").asString()).contains("'odoo' is not an adapter");
        assertThat(systems.get("systems").valueStream().map(s -> s.get("type").asString())).containsOnly("sandbox");
    }

    private void configureEamPriorities(String priorities) throws IOException {
        String systems = new String(HubIT.class.getResourceAsStream("/test-systems.yaml").readAllBytes())
                .replace("eam: {type: sandbox}", "eam: {type: sandbox, priorities: " + priorities + "}");
        Files.writeString(SYSTEMS, systems);
        Http.Response reload = Http.post(hub("/api/v1/systems/reload"), "");
        assertThat(reload.status()).as(reload.body()).isEqualTo(200);
    }

    private String raiseAdvisory() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return episodes.record(new ConditionRaised(AssetId.of(ASSET), FailureMode.of("bearing-wear"),
                Severity.ADVISORY, new Evidence("poison-drill", SignalType.VIBRATION_VELOCITY, 5.0, 4.5, "C", at,
                "bearing-wear failure likely within 72 h"), at, "test-1")).orElseThrow().value();
    }

    private static JsonNode stepNamed(JsonNode episode, String name) {
        return episode.get("steps").valueStream().filter(s -> s.get("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + episode));
    }
}
