package org.millwright.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.sandbox.TestSeeds.BEARING;
import static org.millwright.sandbox.TestSeeds.MOTOR_1;
import static org.millwright.sandbox.TestSeeds.MOTOR_2;
import static org.millwright.sandbox.TestSeeds.PLANT;
import static org.millwright.sandbox.TestSeeds.SEAL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.sandbox.SandboxClient.Answer;

class ErpApiIT {
    private static SandboxSystems sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxSystems.start(SandboxConfig.defaults(), TestDatabases.freshDatabase("erp_api"),
                TestSeeds.plant());
        client = new SandboxClient(sandbox.baseUri());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void listsSeededEquipmentWithItsBillOfMaterials() {
        Answer answer = client.get("/sandbox/erp/equipment");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().findValuesAsString("id")).containsExactly(MOTOR_1, MOTOR_2);
    }

    @Test
    void answersOneEquipmentWithMasterDataAndSpareParts() {
        Answer answer = client.get("/sandbox/erp/equipment/" + MOTOR_1);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("erpId").asString()).isEqualTo("10000101");
        assertThat(answer.json().path("assetClass").asString()).isEqualTo("MOTOR");
        assertThat(answer.json().path("line").asString()).isEqualTo("line-1");
        assertThat(answer.json().path("machineGroup").asString()).isEqualTo("GROUP_2");
        assertThat(answer.json().path("plant").asString()).isEqualTo(PLANT);
        assertThat(answer.json().path("status").asString()).isEqualTo("RUNNING");
        assertThat(answer.json().path("spareParts").path("bearing-wear").get(0).path("material").asString())
                .isEqualTo(BEARING);
        assertThat(answer.json().path("spareParts").path("bearing-wear").get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void answers404ForUnknownEquipment() {
        Answer answer = client.get("/sandbox/erp/equipment/no-such-motor");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("not_found");
        assertThat(answer.errorMessage()).contains("no-such-motor");
    }

    @Test
    void keepsEveryStatusChangeInTheHistory() {
        Answer degraded = client.put("/sandbox/erp/equipment/" + MOTOR_2 + "/status",
                "{\"status\":\"DEGRADED\",\"externalReference\":\"ep-status-1\"}");
        client.put("/sandbox/erp/equipment/" + MOTOR_2 + "/status",
                "{\"status\":\"DEGRADED\",\"externalReference\":\"ep-status-1\"}");
        client.put("/sandbox/erp/equipment/" + MOTOR_2 + "/status",
                "{\"status\":\"RUNNING\",\"externalReference\":\"ep-status-1\"}");

        Answer history = client.get("/sandbox/erp/equipment/" + MOTOR_2 + "/status-history");

        assertThat(degraded.status()).isEqualTo(200);
        assertThat(degraded.json().path("status").asString()).isEqualTo("DEGRADED");
        assertThat(history.json().findValuesAsString("status")).containsExactly("DEGRADED", "RUNNING");
        assertThat(history.json().get(0).path("previousStatus").asString()).isEqualTo("RUNNING");
        assertThat(history.json().get(0).path("externalReference").asString()).isEqualTo("ep-status-1");
        assertThat(history.json().get(0).path("createdAt").asString()).endsWith("Z");
    }

    @Test
    void refusesAnUnknownStatusNamingTheField() {
        Answer answer = client.put("/sandbox/erp/equipment/" + MOTOR_1 + "/status",
                "{\"status\":\"BROKEN\",\"externalReference\":\"ep-x\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("'status'").contains("BROKEN");
    }

    @Test
    void reservationLowersAvailableStockAndIsFoundByExternalReference() {
        client.put("/sandbox/erp/stock", "{\"material\":\"%s\",\"plant\":\"%s\",\"onHand\":5}".formatted(SEAL, PLANT));

        Answer created = client.post("/sandbox/erp/reservations", reservation("ep-res-1", SEAL, 2));
        Answer stock = client.get("/sandbox/erp/stock?material=" + SEAL + "&plant=" + PLANT);
        Answer found = client.get("/sandbox/erp/reservations?externalReference=ep-res-1");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("id").asString()).matches("RES-\\d{7}");
        assertThat(created.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(created.json().path("createdAt").asString()).endsWith("Z");
        assertThat(stock.json().path("onHand").asInt()).isEqualTo(5);
        assertThat(stock.json().path("reserved").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(stock.json().path("available").asInt())
                .isEqualTo(5 - stock.json().path("reserved").asInt());
        assertThat(found.json().size()).isEqualTo(1);
        assertThat(found.json().get(0).path("id").asString()).isEqualTo(created.json().path("id").asString());
        assertThat(found.json().get(0).path("items").get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void refusesAReservationWhenStockIsShortAndReservesNothing() {
        client.put("/sandbox/erp/stock", "{\"material\":\"%s\",\"plant\":\"%s\",\"onHand\":0}".formatted(BEARING, PLANT));
        Answer before = client.get("/sandbox/erp/stock?material=" + BEARING + "&plant=" + PLANT);

        Answer refused = client.post("/sandbox/erp/reservations", reservation("ep-short", BEARING, 1));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("insufficient_stock");
        assertThat(refused.errorMessage()).contains(BEARING).contains("available 0");
        assertThat(client.get("/sandbox/erp/stock?material=" + BEARING + "&plant=" + PLANT).json())
                .isEqualTo(before.json());
        assertThat(client.get("/sandbox/erp/reservations?externalReference=ep-short").json().size()).isZero();
    }

    @Test
    void createsPurchaseRequisitionsWithoutDeduplicating() {
        Answer first = client.post("/sandbox/erp/purchase-requisitions", reservation("ep-pr-1", BEARING, 3));
        Answer second = client.post("/sandbox/erp/purchase-requisitions", reservation("ep-pr-1", BEARING, 3));
        client.post("/sandbox/erp/purchase-requisitions", reservation("ep-pr-2", BEARING, 1));

        Answer found = client.get("/sandbox/erp/purchase-requisitions?externalReference=ep-pr-1&equipment=" + MOTOR_1);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("id").asString()).matches("PR-\\d{7}");
        assertThat(second.json().path("id").asString()).isNotEqualTo(first.json().path("id").asString());
        assertThat(found.json().findValuesAsString("externalReference")).containsExactly("ep-pr-1", "ep-pr-1");
    }

    @Test
    void refusesAReservationForUnknownEquipment() {
        Answer answer = client.post("/sandbox/erp/reservations", """
                {"externalReference":"ep-u","equipment":"ghost","plant":"1000","items":[{"material":"SEAL-40","quantity":1}]}""");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorMessage()).contains("ghost");
    }

    @Test
    void answers404ForStockOfAnUnknownMaterial() {
        assertThat(client.get("/sandbox/erp/stock?material=NOPE&plant=1000").status()).isEqualTo(404);
    }

    @Test
    void refusesMalformedJsonWith400() {
        Answer answer = client.post("/sandbox/erp/reservations", "{\"externalReference\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("malformed_json");
    }

    @Test
    void refusesAMissingItemFieldNamingIt() {
        Answer answer = client.post("/sandbox/erp/reservations", """
                {"externalReference":"ep-m","equipment":"%s","plant":"1000","items":[{"material":"SEAL-40"}]}"""
                .formatted(MOTOR_1));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).isEqualTo("field 'items[0].quantity' is required");
    }

    @Test
    void answers404ForUnknownRoutesAnd405ForWrongMethods() {
        assertThat(client.get("/sandbox/erp/nothing-here").status()).isEqualTo(404);
        Answer wrongMethod = client.delete("/sandbox/erp/equipment");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.errorCode()).isEqualTo("method_not_allowed");
    }

    @Test
    void answersHealth() {
        Answer health = client.get("/sandbox/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    private static String reservation(String externalReference, String material, int quantity) {
        return """
                {"externalReference":"%s","equipment":"%s","plant":"%s","items":[{"material":"%s","quantity":%d}]}"""
                .formatted(externalReference, MOTOR_1, PLANT, material, quantity);
    }
}
