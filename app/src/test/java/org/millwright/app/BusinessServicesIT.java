package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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
 * Issue 5, canonical business services: each answers with the system of record's id and the system that served it;
 * an {@code Idempotency-Key} makes a create happen once, even when its answer was lost; errors are RFC 9457 problem
 * details that carry the system's own text. Its records use failure mode {@code api-drill}, which no workflow of the
 * other tests looks for, so that they never link to them.
 */
class BusinessServicesIT extends HubIT {
    private static final String ASSET = "south-l2-pump-01";

    @Autowired
    EpisodeStore episodes;

    @AfterEach
    void clearFaults() {
        Http.send("DELETE", sandbox("/sandbox/admin/faults"), "");
    }

    @Test
    void validatesAnAssetAgainstTheEquipmentMaster() {
        JsonNode known = Http.post(hub("/api/v1/assets/" + ASSET + "/validation"), "").json();
        assertThat(known.get("valid").asBoolean()).isTrue();
        assertThat(known.get("system").asString()).isEqualTo("erp");
        assertThat(known.get("equipment").get("plant").asString()).isEqualTo("S100");
        assertThat(known.get("equipment").get("spareParts").get("seal-leak").get(0).get("material").asString())
                .isEqualTo("SEAL-MECH-40");

        JsonNode unknown = Http.post(hub("/api/v1/assets/ghost-pump-99/validation"), "").json();
        assertThat(unknown.get("valid").asBoolean()).isFalse();
        assertThat(unknown.get("reason").asString()).isEqualTo("not in the equipment master of erp");

        Http.Response bad = Http.post(hub("/api/v1/assets/Not%20An%20Id/validation"), "");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).startsWith("assetId: ");
    }

    @Test
    void createsANotificationOncePerIdempotencyKeyAndRefusesTheKeyForAnotherRequest() {
        String key = UUID.randomUUID().toString();
        String reference = "API-" + key.substring(0, 8);
        String body = notification(reference, "ALARM api-drill on " + ASSET);

        Http.Response first = Http.send("POST", hub("/api/v1/maintenance-notifications"), body, "Idempotency-Key", key);
        Http.Response again = Http.send("POST", hub("/api/v1/maintenance-notifications"), body, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("system").asString()).isEqualTo("eam");
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        JsonNode records = sandboxRecords("/sandbox/eam/notifications", reference);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("id").asString()).isEqualTo(first.json().get("id").asString());

        Http.Response other = Http.send("POST", hub("/api/v1/maintenance-notifications"),
                notification(reference, "another text"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("detail").asString()).contains("already used for a different");
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundByItsReferenceWhenRetriedWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        String reference = "LOST-" + key.substring(0, 8);
        String body = notification(reference, "ALARM api-drill on " + ASSET);
        Http.put(sandbox("/sandbox/admin/faults/eam"), "{\"loseResponseRate\":1.0}");

        Http.Response lost = Http.send("POST", hub("/api/v1/maintenance-notifications"), body, "Idempotency-Key", key);

        assertThat(lost.status()).isEqualTo(503);
        assertThat(lost.json().get("retriable").asBoolean()).isTrue();
        Http.send("DELETE", sandbox("/sandbox/admin/faults"), "");
        assertThat(sandboxRecords("/sandbox/eam/notifications", reference)).hasSize(1); // committed, answer lost

        Http.Response retried = Http.send("POST", hub("/api/v1/maintenance-notifications"), body,
                "Idempotency-Key", key);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        JsonNode records = sandboxRecords("/sandbox/eam/notifications", reference);
        assertThat(records).hasSize(1);
        assertThat(retried.json().get("id").asString()).isEqualTo(records.get(0).get("id").asString());
    }

    @Test
    void checksAvailabilityReservesAndRequisitionsAtTheAssetsPlant() {
        JsonNode availability = Http.post(hub("/api/v1/spare-part-availability"), """
                {"assetId": "%s", "items": [{"material": "SEAL-MECH-40", "quantity": 1},
                                            {"material": "SEAL-35x52", "quantity": 1}]}""".formatted(ASSET)).json();
        assertThat(availability.get("plant").asString()).isEqualTo("S100");
        assertThat(availability.get("system").asString()).isEqualTo("erp");
        assertThat(availability.get("items").get(0).get("covered").asBoolean()).isTrue();
        assertThat(availability.get("items").get(1).get("covered").asBoolean()).isFalse(); // none on hand at S100
        assertThat(availability.get("allAvailable").asBoolean()).isFalse();

        String reference = "RES-" + UUID.randomUUID().toString().substring(0, 8);
        String parts = """
                {"externalReference": "%s", "assetId": "%s", "items": [{"material": "SEAL-MECH-40", "quantity": 1}]}"""
                .formatted(reference, ASSET);
        String key = UUID.randomUUID().toString();
        Http.Response reserved = Http.send("POST", hub("/api/v1/stock-reservations"), parts, "Idempotency-Key", key);
        Http.send("POST", hub("/api/v1/stock-reservations"), parts, "Idempotency-Key", key);
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        assertThat(reserved.json().get("complete").asBoolean()).isTrue();
        assertThat(sandboxRecords("/sandbox/erp/reservations", reference)).hasSize(1);

        Http.Response requisition = Http.send("POST", hub("/api/v1/purchase-requisitions"), parts,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(requisition.status()).as(requisition.body()).isEqualTo(201);
        assertThat(requisition.json().get("system").asString()).isEqualTo("erp");
        assertThat(sandboxRecords("/sandbox/erp/purchase-requisitions", reference)).hasSize(1);
    }

    @Test
    void setsTheEquipmentStatus() {
        String body = "{\"status\": \"%s\", \"externalReference\": \"API-STATUS\"}";
        Http.Response stopped = Http.send("PUT", hub("/api/v1/assets/" + ASSET + "/equipment-status"),
                body.formatted("STOPPED"), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(Http.getJson(sandbox("/sandbox/erp/equipment/" + ASSET)).get("status").asString())
                .isEqualTo("STOPPED");

        Http.send("PUT", hub("/api/v1/assets/" + ASSET + "/equipment-status"), body.formatted("RUNNING"),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(Http.getJson(sandbox("/sandbox/erp/equipment/" + ASSET)).get("status").asString())
                .isEqualTo("RUNNING");
    }

    @Test
    void answersProblemDetailsNamingTheMissingKeyTheInvalidFieldAndTheSystemsOwnText() {
        Http.Response noKey = Http.post(hub("/api/v1/maintenance-notifications"), notification("NO-KEY", "x"));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().get("detail").asString()).contains("Idempotency-Key header is required");

        Http.Response invalid = Http.send("POST", hub("/api/v1/maintenance-notifications"),
                "{\"externalReference\": \"X\", \"assetId\": \"" + ASSET + "\", \"failureMode\": \"api-drill\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("detail").asString()).contains("severity").contains("shortText");

        Http.Response refused = Http.send("POST", hub("/api/v1/stock-reservations"), """
                {"externalReference": "GHOST-1", "assetId": "ghost-pump-99", "plant": "S100",
                 "items": [{"material": "SEAL-MECH-40", "quantity": 1}]}""",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("upstreamMessage").asString()).contains("unknown equipment 'ghost-pump-99'");
        assertThat(refused.json().get("retriable").asBoolean()).isFalse();
    }

    @Test
    void aWorkflowLinksOpenWorkCreatedThroughTheApiAndLeavesItToItsOwner() {
        String reference = "OWNED-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"externalReference": "%s", "assetId": "%s", "failureMode": "api-linked", "severity": "WARNING",
                 "shortText": "planned inspection"}""".formatted(reference, ASSET);
        String existing = Http.send("POST", hub("/api/v1/maintenance-notifications"), body,
                "Idempotency-Key", UUID.randomUUID().toString()).json().get("id").asString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String key = episodes.record(new ConditionRaised(AssetId.of(ASSET), FailureMode.of("api-linked"),
                Severity.ALARM, new Evidence("link-drill", SignalType.VIBRATION_VELOCITY, 6.0, 4.5, "C", at, "drill"),
                at, "test-1")).orElseThrow().value();

        JsonNode closed = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Http.getJson(hub("/api/v1/episodes/" + key)),
                        e -> e.get("workflowState").asString().equals("COMPLETED"));

        assertThat(closed.get("records").get("notification").asString()).isEqualTo(existing);
        assertThat(sandboxRecords("/sandbox/eam/notifications", key)).isEmpty();
        assertThat(sandboxRecords("/sandbox/eam/notifications", reference).get(0).get("status").asString())
                .isEqualTo("OPEN"); // its owner completes it, not the hub
        assertThat(closed.get("steps").valueStream().filter(s -> s.get("name").asString().equals("reserve-stock"))
                .findFirst().orElseThrow().get("outcome").asString()).isEqualTo("no spare parts needed");
    }

    @Test
    void theBusinessServicesAreInTheOpenApiDocument() {
        JsonNode paths = Http.getJson(hub("/v3/api-docs")).get("paths");
        for (String path : new String[] {"/api/v1/assets/{assetId}/validation", "/api/v1/maintenance-notifications",
                "/api/v1/spare-part-availability", "/api/v1/stock-reservations", "/api/v1/purchase-requisitions",
                "/api/v1/assets/{assetId}/equipment-status"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        JsonNode create = paths.get("/api/v1/maintenance-notifications").get("post");
        assertThat(create.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .contains("Idempotency-Key");
    }

    private static String notification(String reference, String shortText) {
        return """
                {"externalReference": "%s", "assetId": "%s", "failureMode": "api-drill", "severity": "ALARM",
                 "shortText": "%s", "longText": "seal leak seen on the pump"}""".formatted(reference, ASSET, shortText);
    }
}
