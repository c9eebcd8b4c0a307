package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Issue 2, "It must show" 2: duplicates at every level still give one record per system of record — the same MQTT
 * sample delivered twice, rule hits racing in the same millisecond, and a step that timed out after the system of
 * record had already committed.
 */
class DuplicatesIT extends HubIT {
    private static final FailureMode BEARING_WEAR = FailureMode.of("bearing-wear");

    @Autowired
    BrokerAddress broker;

    @Autowired
    EpisodeStore episodes;

    @Test
    void sameMqttSampleDeliveredTwiceYieldsOneEpisodeAndOneRecordPerSystem() {
        String asset = "north-l1-pump-01";
        // Stamped ahead of the simulator's samples of this asset, which detection then ignores as out of order.
        Instant start = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        try (TestPublisher publisher = new TestPublisher(broker)) {
            for (int i = 0; i < 10; i++) {
                String sample = TestPublisher.sample(start.plusSeconds(i), 9.0, "mm/s");
                String topic = TestPublisher.topic("north", "line-1", asset, "vibration");
                publisher.publish(topic, sample);
                publisher.publish(topic, sample);
            }
        }

        String key = awaitClosed(asset).get("id").asString();
        assertThat(episodesOf(asset)).hasSize(1);
        assertOneRecordPerSystem(key);
    }

    @Test
    void ruleHitsRacingInTheSameMillisecondOpenOneEpisodeAndOneWorkflow() throws Exception {
        AssetId asset = AssetId.of("south-l1-pump-01");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ConditionRaised> hits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instant when = i % 2 == 0 ? at : at.plusMillis(i); // the same millisecond, and a few neighbours
            String rule = i % 2 == 0 ? "bearing-vibration-zone" : "bearing-temperature-high";
            hits.add(new ConditionRaised(asset, BEARING_WEAR, Severity.WARNING,
                    new Evidence(rule, SignalType.VIBRATION_VELOCITY, 6.0, 4.5, "D", when, "racing hit " + i), when,
                    "test-1"));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(hits.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ConditionRaised hit : hits) {
                done.add(threads.submit(() -> {
                    go.await();
                    return episodes.record(hit);
                }));
            }
            go.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(episodesOf(asset.value())).hasSize(1);
        String key = awaitClosed(asset.value()).get("id").asString();
        assertOneRecordPerSystem(key);
    }

    @Test
    void stepThatTimedOutAfterTheSystemCommittedCreatesNoSecondRecord() {
        String asset = "south-l2-motor-01";
        // Planning commits the window, then answers later than the hub's 1 s request timeout.
        assertThat(Http.put(sandbox("/sandbox/admin/faults/planning"), "{\"latencyMs\":2500}").status()).isEqualTo(200);
        try {
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String key = episodes.record(new ConditionRaised(AssetId.of(asset), BEARING_WEAR, Severity.ALARM,
                    new Evidence("bearing-vibration-zone", SignalType.VIBRATION_VELOCITY, 8.0, 4.5, "D", at, "test"),
                    at, "test-1")).orElseThrow().value();

            await().atMost(Duration.ofMinutes(1)).until(() -> step(key, "schedule-window")
                    .map(step -> step.get("state").asString().equals("FAILED")).orElse(false));
            assertThat(sandboxRecords("/sandbox/planning/windows", key)).hasSize(1);
        } finally {
            Http.put(sandbox("/sandbox/admin/faults/planning"), "{\"latencyMs\":0}");
        }

        String key = awaitClosed(asset).get("id").asString();
        assertThat(sandboxRecords("/sandbox/planning/windows", key)).hasSize(1);
        assertThat(step(key, "schedule-window").orElseThrow().get("attempts").asInt()).isGreaterThan(1);
        assertOneRecordPerSystem(key);
    }

    @Test
    void dispatchWhoseAnswerWasLostAfterTheCommitIsRecoveredNotRepeated() {
        String asset = "north-l2-motor-02";
        // Field service commits the assignment, then answers 503: a naive client would create it twice.
        assertThat(Http.put(sandbox("/sandbox/admin/faults/fsm"), "{\"loseResponseRate\":1.0}").status()).isEqualTo(200);
        try {
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String key = episodes.record(new ConditionRaised(AssetId.of(asset), BEARING_WEAR, Severity.ALARM,
                    new Evidence("bearing-vibration-zone", SignalType.VIBRATION_VELOCITY, 8.0, 4.5, "D", at, "test"),
                    at, "test-1")).orElseThrow().value();

            await().atMost(Duration.ofMinutes(1)).until(() -> step(key, "dispatch-technician")
                    .map(step -> step.get("state").asString().equals("FAILED")).orElse(false));
        } finally {
            Http.put(sandbox("/sandbox/admin/faults/fsm"), "{\"loseResponseRate\":0}");
        }

        String key = awaitClosed(asset).get("id").asString();
        assertThat(step(key, "dispatch-technician").orElseThrow().get("attempts").asInt()).isGreaterThan(1);
        assertOneRecordPerSystem(key);
    }

    private java.util.Optional<JsonNode> step(String episode, String name) {
        for (JsonNode step : Http.getJson(hub("/api/v1/episodes/" + episode)).get("steps")) {
            if (step.get("name").asString().equals(name)) {
                return java.util.Optional.of(step);
            }
        }
        return java.util.Optional.empty();
    }

    private void assertOneRecordPerSystem(String key) {
        assertThat(sandboxRecords("/sandbox/eam/notifications", key)).hasSize(1);
        assertThat(sandboxRecords("/sandbox/erp/reservations", key).size()
                + sandboxRecords("/sandbox/erp/purchase-requisitions", key).size()).isEqualTo(1);
        assertThat(sandboxRecords("/sandbox/planning/windows", key)).hasSize(1);
        assertThat(sandboxRecords("/sandbox/fsm/assignments", key)).hasSize(1);
    }

    private JsonNode awaitClosed(String asset) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> episodesOf(asset).stream().filter(e -> e.get("state").asString().equals("CLOSED"))
                        .findFirst().orElse(null), Objects::nonNull);
    }
}
