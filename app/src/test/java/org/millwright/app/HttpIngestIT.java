package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The HTTP batch endpoint: authenticated, per-line results, dead letters for bad lines, 413 for too much. */
class HttpIngestIT extends HubIT {
    private static final String TOPIC = "acme/south/assembly/line-2/south-l2-pump-01/";
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void acceptsGoodLinesAndRejectsBadOnesWithReasons() throws Exception {
        String batch = line("vibration", 1.4, "mm/s") + "\n"
                + line("bearing-temperature", 61.0, "degC") + "\n"
                + "\n"
                + line("vibration", 1.4, "in/s") + "\n"
                + "{\"topic\":\"" + TOPIC + "vibration\",\"value\":1.0}\n"
                + "not json at all\n";

        HttpResponse<String> response = post(batch, "test-key");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = Http.JSON.readTree(response.body());
        assertThat(result.get("accepted").asInt()).isEqualTo(2);
        assertThat(result.get("rejected").asInt()).isEqualTo(3);
        JsonNode lines = result.get("results");
        assertThat(lines.get(0).get("status").asString()).isEqualTo("accepted");
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(lines.get(2).get("reason").asString()).isEqualTo("UNIT_MISMATCH");
        assertThat(lines.get(3).get("reason").asString()).isEqualTo("MISSING_TIMESTAMP");
        assertThat(lines.get(4).get("reason").asString()).isEqualTo("MALFORMED_JSON");
        assertThat(Http.getJson(hub("/api/v1/dead-letters?reason=UNIT_MISMATCH")).get(0).get("source").asString())
                .isEqualTo("http");
    }

    @Test
    void refusesRequestsWithoutAValidApiKey() throws Exception {
        assertThat(post(line("vibration", 1.0, "mm/s"), null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post(line("vibration", 1.0, "mm/s"), "guess");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("X-Api-Key");
    }

    @Test
    void answers413ForATooLargeBatchWithoutReadingIt() throws Exception {
        StringBuilder batch = new StringBuilder();
        while (batch.length() < 1_200_000) {
            batch.append(line("vibration", 1.0, "mm/s")).append('\n');
        }

        HttpResponse<String> response = post(batch.toString(), "test-key");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("max-request-bytes");
    }

    private static String line(String signal, double value, String unit) {
        return "{\"topic\":\"" + TOPIC + signal + "\",\"ts\":\"" + Instant.now() + "\",\"value\":" + value
                + ",\"unit\":\"" + unit + "\"}";
    }

    private HttpResponse<String> post(String body, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub("/api/v1/ingest/samples").toString()))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
