package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 4: what an edge agent sends reaches the hub exactly once. Backfilled samples ({@code "hist":true}) are stored
 * as history once per (source, seq), however often they arrive, and numbered samples seen before are dropped.
 */
class EdgeIngestIT extends HubIT {
    private static final String SOURCE = "edge-it-01/plc";

    @Autowired
    BrokerAddress broker;

    @Autowired
    JdbcClient jdbc;

    @Test
    void backfilledSamplesAreStoredAsHistoryOnceAndRepeatedNumbersAreDropped() {
        Instant at = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MILLIS);
        String topic = TestPublisher.topic("north", "line-2", "north-l2-pump-01", "bearing-temperature");
        double duplicatesBefore = counter("millwright_ingest_sequence_total{outcome=\"duplicate\"}");
        try (TestPublisher publisher = new TestPublisher(broker)) {
            for (int round = 0; round < 2; round++) { // the agent re-sends after a restart: the same numbers again
                for (int seq = 1; seq <= 5; seq++) {
                    publisher.publish(topic, "{\"ts\":\"" + at.plusSeconds(seq) + "\",\"value\":" + (40 + seq)
                            + ",\"unit\":\"degC\",\"seq\":" + seq + ",\"src\":\"" + SOURCE + "\",\"hist\":true}");
                }
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                counter("millwright_ingest_sequence_total{outcome=\"duplicate\"}") - duplicatesBefore)
                .isEqualTo(5.0));
        assertThat(jdbc.sql("select seq from sample_history where source = :s order by seq").param("s", SOURCE)
                .query(Long.class).list()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(jdbc.sql("select value from sample_history where source = :s and seq = 3").param("s", SOURCE)
                .query(Double.class).single()).isEqualTo(43.0);
    }

    private double counter(String series) {
        return Http.get(hub("/actuator/prometheus")).body().lines()
                .filter(line -> line.startsWith(series.substring(0, series.indexOf('{')))
                        && line.contains(series.substring(series.indexOf('{') + 1, series.length() - 1)))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0.0);
    }
}
