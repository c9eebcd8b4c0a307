package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Issue 3: a backtest of a recorded degradation reproduces, offline, the episode the live pipeline produced. */
class BacktestReproducesLiveIT extends HubIT {
    private static final String ASSET = "north-l2-pump-01"; // group 2 rigid: B/C 2.8, C/D 4.5 mm/s

    @Autowired
    BrokerAddress broker;

    @Test
    void backtestOfTheSamplesTheHubSawRaisesTheSameEpisodeAtTheSameInstant() {
        // Stamped ahead of the simulator's samples of this asset, which detection then ignores as out of order.
        Instant start = Instant.now().plusSeconds(90).truncatedTo(ChronoUnit.MILLIS);
        String topic = TestPublisher.topic("north", "line-2", ASSET, "vibration");
        StringBuilder recording = new StringBuilder();
        try (TestPublisher publisher = new TestPublisher(broker)) {
            for (int i = 0; i < 20; i++) {
                String sample = TestPublisher.sample(start.plusSeconds(i), 1.5 + i * 0.3, "mm/s");
                publisher.publish(topic, sample);
                recording.append("{\"topic\":\"").append(topic).append("\",\"payload\":").append(sample).append("}\n");
            }
        }
        JsonNode live = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300))
                .until(() -> episodesOf(ASSET).stream().findFirst().orElse(null), Objects::nonNull);

        ObjectNode request = Http.JSON.createObjectNode().put("format", "JSON_LINES")
                .put("recording", recording.toString());
        JsonNode replayed = Http.post(hub("/api/v1/backtests"), request.toString()).json().get("episodes");

        assertThat(replayed).hasSize(1);
        JsonNode offline = replayed.get(0);
        assertThat(offline.get("assetId").asString()).isEqualTo(ASSET);
        assertThat(offline.get("failureMode").asString()).isEqualTo(live.get("failureMode").asString());
        assertThat(Instant.parse(offline.get("raisedAt").asString()))
                .isEqualTo(Instant.parse(live.get("openedAt").asString()));
        assertThat(offline.get("transitions").get(0).get("evidence").asString())
                .isEqualTo(live.get("evidence").get(0).asString().substring(live.get("evidence").get(0).asString()
                        .indexOf(": ") + 2));
    }
}
