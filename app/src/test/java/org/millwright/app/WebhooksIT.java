package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, outbound webhooks: every business event of an episode reaches a subscriber as a CloudEvent signed with
 * HMAC-SHA256; a subscriber that never answers gets its events dead-lettered, to be redelivered with the same id.
 */
class WebhooksIT extends HubIT {

    @Test
    void anEpisodesBusinessEventsReachTheSubscriberSignedAndInOrder() throws Exception {
        String key = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> episodesOf("north-l1-motor-01").stream()
                        .filter(e -> e.get("state").asString().equals("CLOSED"))
                        .map(e -> e.get("id").asString()).findFirst().orElse(null), java.util.Objects::nonNull);

        List<String> types = await().atMost(Duration.ofSeconds(30)).until(() -> eventsOf(key).stream()
                .map(event -> event.get("type").asString()).toList(), t -> t.contains("org.millwright.episode.closed"));

        assertThat(types).containsSubsequence("org.millwright.condition.raised", "org.millwright.workorder.created",
                "org.millwright.stock.reserved", "org.millwright.window.proposed",
                "org.millwright.technician.dispatched", "org.millwright.spares.issued", "org.millwright.equipment.running",
                "org.millwright.episode.closed");
        for (WebhookReceiver.Delivery delivery : WEBHOOKS.received()) {
            assertThat(delivery.signature()).isEqualTo("sha256=" + hmac(delivery.body()));
        }
        JsonNode raised = eventsOf(key).get(0);
        assertThat(raised.get("specversion").asString()).isEqualTo("1.0");
        assertThat(raised.get("source").asString()).isEqualTo("urn:millwright:hub:test");
        assertThat(raised.get("subject").asString()).isEqualTo(key);
        assertThat(raised.get("data").get("assetId").asString()).isEqualTo("north-l1-motor-01");
    }

    @Test
    void eventsASubscriberNeverTookAreDeadLetteredAndCanBeRedeliveredWithTheSameId() {
        JsonNode letter = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Http.getJson(hub("/api/v1/webhooks/dead-letters")), list -> !list.isEmpty()).get(0);
        assertThat(letter.get("subscriber").asString()).isEqualTo("nowhere");
        assertThat(letter.get("eventType").asString()).isEqualTo("org.millwright.episode.closed");
        assertThat(letter.get("attempts").asInt()).isEqualTo(2);

        Http.Response redelivered = Http.post(hub("/api/v1/webhooks/dead-letters/" + letter.get("id").asLong()
                + "/redeliver"), "");

        assertThat(redelivered.status()).isEqualTo(202);
        assertThat(redelivered.json().get("redelivered").asBoolean()).isTrue();
        assertThat(redelivered.json().get("eventId").asString()).isEqualTo(letter.get("eventId").asString());
    }

    private static List<JsonNode> eventsOf(String episode) {
        return WEBHOOKS.received().stream().map(delivery -> Http.JSON.readTree(delivery.body()))
                .filter(event -> event.path("subject").asString("").equals(episode)).toList();
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
