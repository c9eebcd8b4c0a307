package org.millwright.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.millwright.sandbox.TestSeeds.BEARING;
import static org.millwright.sandbox.TestSeeds.MOTOR_1;
import static org.millwright.sandbox.TestSeeds.PLANT;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.millwright.sandbox.SandboxClient.Answer;

class RestartIT {

    @Test
    void keepsStateAndIdSeriesAcrossARestartAndDoesNotReseedLiveStock() {
        DataSource database = TestDatabases.freshDatabase("restart_state");
        String firstReservation;
        try (SandboxSystems first = SandboxSystems.start(SandboxConfig.defaults(), database, TestSeeds.plant())) {
            SandboxClient client = new SandboxClient(first.baseUri());
            firstReservation = client.post("/sandbox/erp/reservations", reservation("ep-before")).json()
                    .path("id").asString();
            client.put("/sandbox/erp/equipment/" + MOTOR_1 + "/status",
                    "{\"status\":\"STOPPED\",\"externalReference\":\"ep-before\"}");
        }

        try (SandboxSystems second = SandboxSystems.start(SandboxConfig.defaults(), database, TestSeeds.plant())) {
            SandboxClient client = new SandboxClient(second.baseUri());
            Answer stock = client.get("/sandbox/erp/stock?material=" + BEARING + "&plant=" + PLANT);
            Answer next = client.post("/sandbox/erp/reservations", reservation("ep-after"));

            assertThat(client.get("/sandbox/erp/reservations?externalReference=ep-before").json().get(0)
                    .path("id").asString()).isEqualTo(firstReservation);
            assertThat(client.get("/sandbox/erp/equipment/" + MOTOR_1).json().path("status").asString())
                    .isEqualTo("STOPPED");
            assertThat(stock.json().path("onHand").asInt()).isEqualTo(4);
            assertThat(stock.json().path("reserved").asInt()).isEqualTo(1);
            assertThat(next.json().path("id").asString()).isEqualTo("RES-0000002");
        }
    }

    @Test
    void completesAndDeliversAnAssignmentThatWasDueWhileTheSandboxWasDown() {
        DataSource database = TestDatabases.freshDatabase("restart_fsm");
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        SandboxConfig config = SandboxConfig.defaults().withClock(clock)
                .withFieldServiceCompletionDelay(Duration.ofHours(1))
                .withCallbackRetryInterval(Duration.ofMillis(100));
        try (CallbackReceiver receiver = new CallbackReceiver()) {
            String id;
            try (SandboxSystems first = SandboxSystems.start(config, database, TestSeeds.plant())) {
                id = FieldServiceIT.dispatch(new SandboxClient(first.baseUri()), "ep-down", receiver).json()
                        .path("id").asString();
            }
            clock.advance(Duration.ofHours(2));

            try (SandboxSystems second = SandboxSystems.start(config, database, SandboxSeed.empty())) {
                await().atMost(Duration.ofSeconds(5)).until(() -> receiver.accepted().size() == 1);
                assertThat(receiver.accepted().get(0).path("assignmentId").asString()).isEqualTo(id);
                assertThat(receiver.accepted().get(0).path("completedAt").asString())
                        .isEqualTo("2026-03-02T12:00:00Z");
            }
        }
    }

    private static String reservation(String externalReference) {
        return """
                {"externalReference":"%s","equipment":"%s","plant":"%s","items":[{"material":"%s","quantity":1}]}"""
                .formatted(externalReference, MOTOR_1, PLANT, BEARING);
    }
}
