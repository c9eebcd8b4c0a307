package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Rules are configuration: reloaded at runtime, rejected with file and line when wrong, and backtested. */
class RulesIT extends HubIT {
    private final String original = read();

    @AfterEach
    void restoreRules() throws IOException {
        Files.writeString(RULES, original);
        Http.post(hub("/api/v1/rules/reload"), "");
    }

    @Test
    void changedRuleFileIsActiveWithoutRestart() throws IOException {
        Files.writeString(RULES, original.replace("version: \"test-1\"", "version: \"test-2\""));

        await().atMost(Duration.ofSeconds(20)).until(() -> version().equals("test-2"));
    }

    @Test
    void ruleFileWithAnErrorIsRejectedNamingFileAndLineAndThePreviousRulesStayActive() throws IOException {
        Files.writeString(RULES, original.replace("    raiseAt: C", "    raiseAt: Q"));

        Http.Response reload = Http.post(hub("/api/v1/rules/reload"), "");

        assertThat(reload.status()).isEqualTo(422);
        assertThat(reload.body()).contains("rules.yaml", "line");
        JsonNode rules = Http.getJson(hub("/api/v1/rules"));
        assertThat(rules.get("version").asString()).isEqualTo("test-1");
        assertThat(rules.get("lastReloadError").asString()).contains("line");
    }

    @Test
    void backtestReportsTheEpisodesARecordingWouldRaiseWithoutSideEffects() {
        String asset = "south-l2-motor-02"; // group 1 rigid: B/C 4.5, C/D 7.1 mm/s
        StringBuilder recording = new StringBuilder();
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        for (int i = 0; i < 120; i++) {
            double value = i < 30 ? 2.0 : 2.0 + (i - 30) * 0.1;
            recording.append("{\"topic\":\"acme/south/assembly/line-2/").append(asset).append("/vibration\",")
                    .append("\"payload\":{\"ts\":\"").append(start.plusSeconds(i)).append("\",\"value\":")
                    .append(value).append(",\"unit\":\"mm/s\"}}\n");
        }
        ObjectNode request = Http.JSON.createObjectNode().put("format", "JSON_LINES")
                .put("recording", recording.toString());

        Http.Response response = Http.post(hub("/api/v1/backtests"), request.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode episodes = response.json().get("episodes");
        assertThat(episodes).hasSize(1);
        assertThat(episodes.get(0).get("assetId").asString()).isEqualTo(asset);
        assertThat(episodes.get(0).get("peakSeverity").asString()).isEqualTo("ALARM");
        assertThat(episodes.get(0).get("transitions").get(0).get("evidence").asString()).contains("zone C");
        assertThat(episodesOf(asset)).isEmpty();
    }

    @Test
    void backtestWithBrokenRulesNamesTheLine() {
        ObjectNode request = Http.JSON.createObjectNode().put("recording", "{}")
                .put("rules", "version: x\nrules:\n  - id: a\n    kind: nonsense\n");

        Http.Response response = Http.post(hub("/api/v1/backtests"), request.toString());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("line 4");
    }

    private String version() {
        return Http.getJson(hub("/api/v1/rules")).get("version").asString();
    }

    private static String read() {
        try {
            return Files.readString(RULES);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
