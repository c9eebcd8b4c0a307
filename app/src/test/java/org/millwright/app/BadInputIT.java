package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.millwright.ingest.IngestGateway;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 2, "It must show" 4: malformed samples of many kinds are rejected with distinct reasons, kept with their raw
 * payload in the dead letters, and the pipeline keeps accepting good samples.
 */
class BadInputIT extends HubIT {
    private static final String VIBRATION = TestPublisher.topic("north", "line-2", "north-l2-motor-01", "vibration");

    @Autowired
    BrokerAddress broker;

    @Autowired
    IngestGateway gateway;

    @Test
    void malformedSamplesLandInDeadLettersWithDistinctReasonsAndThePipelineKeepsRunning() {
        String now = Instant.now().toString();
        Map<String, String[]> bad = new LinkedHashMap<>();
        bad.put("EMPTY_PAYLOAD", new String[] {VIBRATION, ""});
        bad.put("MALFORMED_JSON", new String[] {VIBRATION, "{\"ts\":\"" + now + "\",\"value\":"});
        bad.put("NOT_A_JSON_OBJECT", new String[] {VIBRATION, "[1,2,3]"});
        bad.put("MALFORMED_TOPIC", new String[] {TestPublisher.topic("north", "line-2", "North_L2_Motor", "vibration"),
                TestPublisher.sample(Instant.now(), 1.0, "mm/s")});
        bad.put("LOCATION_MISMATCH", new String[] {TestPublisher.topic("north", "line-1", "north-l2-motor-01", "vibration"),
                TestPublisher.sample(Instant.now(), 1.0, "mm/s")});
        bad.put("UNKNOWN_ASSET", new String[] {TestPublisher.topic("north", "line-2", "north-l2-motor-99", "vibration"),
                TestPublisher.sample(Instant.now(), 1.0, "mm/s")});
        bad.put("UNKNOWN_SIGNAL", new String[] {TestPublisher.topic("north", "line-2", "north-l2-motor-01", "humidity"),
                TestPublisher.sample(Instant.now(), 1.0, "%")});
        bad.put("MISSING_VALUE", new String[] {VIBRATION, "{\"ts\":\"" + now + "\",\"unit\":\"mm/s\"}"});
        bad.put("WRONG_VALUE_TYPE", new String[] {VIBRATION, "{\"ts\":\"" + now + "\",\"value\":\"high\",\"unit\":\"mm/s\"}"});
        bad.put("NON_FINITE_VALUE", new String[] {VIBRATION, "{\"ts\":\"" + now + "\",\"value\":NaN,\"unit\":\"mm/s\"}"});
        bad.put("VALUE_OUT_OF_RANGE", new String[] {VIBRATION, TestPublisher.sample(Instant.now(), -3.0, "mm/s")});
        bad.put("MISSING_TIMESTAMP", new String[] {VIBRATION, "{\"value\":1.0,\"unit\":\"mm/s\"}"});
        bad.put("MALFORMED_TIMESTAMP", new String[] {VIBRATION, "{\"ts\":\"yesterday\",\"value\":1.0,\"unit\":\"mm/s\"}"});
        bad.put("TIMESTAMP_IN_FUTURE", new String[] {VIBRATION, TestPublisher.sample(Instant.now().plusSeconds(3600), 1.0, "mm/s")});
        bad.put("UNIT_MISMATCH", new String[] {VIBRATION, TestPublisher.sample(Instant.now(), 1.0, "in/s")});
        long acceptedBefore = gateway.acceptedCount();

        try (TestPublisher publisher = new TestPublisher(broker)) {
            bad.values().forEach(message -> publisher.publish(message[0], message[1]));
            publisher.publish(VIBRATION, TestPublisher.sample(Instant.now(), 1.2, "mm/s"));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reasons()).containsAll(bad.keySet()));
        assertThat(bad).hasSizeGreaterThanOrEqualTo(10);
        JsonNode letters = Http.getJson(hub("/api/v1/dead-letters?reason=UNIT_MISMATCH"));
        assertThat(letters.get(0).get("payload").asString()).contains("in/s");
        assertThat(letters.get(0).get("detail").asString()).isNotBlank();
        assertThat(letters.get(0).get("receivedAt").asString()).isNotBlank();
        assertThat(new String(java.util.Base64.getDecoder().decode(letters.get(0).get("payloadBase64").asString()),
                StandardCharsets.UTF_8)).isEqualTo(letters.get(0).get("payload").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.acceptedCount() > acceptedBefore);
    }

    @Test
    void deadLetterListRejectsAnOutOfRangeLimit() {
        assertThat(Http.get(hub("/api/v1/dead-letters?limit=0")).status()).isEqualTo(400);
    }

    private Set<String> reasons() {
        Set<String> reasons = new HashSet<>();
        Http.getJson(hub("/api/v1/dead-letters?limit=1000")).forEach(letter -> reasons.add(letter.get("reason").asString()));
        return reasons;
    }
}
