package org.millwright.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.millwright.sandbox.TestSeeds.MOTOR_1;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.sandbox.SandboxClient.Answer;
import tools.jackson.databind.JsonNode;

class FieldServiceIT {
    private static SandboxSystems sandbox;
    private static SandboxClient client;
    private final CallbackReceiver receiver = new CallbackReceiver();

    @BeforeAll
    static void start() {
        SandboxConfig config = SandboxConfig.defaults()
                .withFieldServiceCompletionDelay(Duration.ofMillis(300))
                .withCallbackRetryInterval(Duration.ofMillis(200));
        sandbox = SandboxSystems.start(config, TestDatabases.freshDatabase("fsm_api"), TestSeeds.plant());
        client = new SandboxClient(sandbox.baseUri());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void deliversTheCompletionCallbackOnceAfterTheDelay() {
        Answer assigned = dispatch(client, "ep-fsm-1", receiver);
        String id = assigned.json().path("id").asString();

        assertThat(assigned.status()).isEqualTo(201);
        assertThat(id).matches("FSA-\\d{7}");
        assertThat(assigned.json().path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.json().path("technician").asString()).isNotBlank();

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.accepted().size() == 1);
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> receiver.attempts() == 1);

        JsonNode callback = receiver.accepted().get(0);
        assertThat(callback.path("assignmentId").asString()).isEqualTo(id);
        assertThat(callback.path("externalReference").asString()).isEqualTo("ep-fsm-1");
        assertThat(callback.path("equipment").asString()).isEqualTo(MOTOR_1);
        assertThat(callback.path("technician").asString()).isEqualTo(assigned.json().path("technician").asString());
        assertThat(callback.path("completedAt").asString()).endsWith("Z");
        assertThat(callback.path("notes").asString()).isNotBlank();
        JsonNode stored = client.get("/sandbox/fsm/assignments?externalReference=ep-fsm-1").json().get(0);
        assertThat(stored.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(stored.path("callbackDeliveredAt").isString()).isTrue();
    }

    @Test
    void retriesTheCallbackWhileTheReceiverFails() {
        receiver.failNext(2);

        String id = dispatch(client, "ep-fsm-retry", receiver).json().path("id").asString();

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.accepted().size() == 1);
        assertThat(receiver.attempts()).isEqualTo(3);
        assertThat(receiver.accepted().get(0).path("assignmentId").asString()).isEqualTo(id);
        JsonNode stored = client.get("/sandbox/fsm/assignments?externalReference=ep-fsm-retry").json().get(0);
        assertThat(stored.path("callbackAttempts").asInt()).isEqualTo(3);
    }

    @Test
    void picksTechniciansRoundRobin() {
        List<String> technicians = List.of(
                dispatch(client, "ep-rr-1", receiver).json().path("technician").asString(),
                dispatch(client, "ep-rr-2", receiver).json().path("technician").asString());

        assertThat(technicians.get(0)).isNotEqualTo(technicians.get(1));
    }

    @Test
    void refusesAnAssignmentForAnUnknownNotification() {
        String windowId = client.post("/sandbox/planning/windows", """
                {"externalReference":"ep-x","equipment":"%s","line":"line-1","priority":1,
                 "earliestStart":"2026-03-02T10:00:00Z","durationMinutes":60}""".formatted(MOTOR_1))
                .json().path("id").asString();

        Answer answer = client.post("/sandbox/fsm/assignments", assignment("ep-x", "12345", windowId,
                receiver.url().toString()));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorCode()).isEqualTo("unknown_notification");
    }

    @Test
    void refusesARelativeCallbackUrl() {
        Answer answer = client.post("/sandbox/fsm/assignments", assignment("ep-y", "1", "MW-1", "/callbacks"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("'callbackUrl'");
    }

    /** Creates the notification and window the assignment refers to, then dispatches. */
    static Answer dispatch(SandboxClient client, String externalReference, CallbackReceiver receiver) {
        String notificationId = client.post("/sandbox/eam/notifications", """
                {"externalReference":"%s","equipment":"%s","failureMode":"bearing-wear","priority":2,
                 "shortText":"Bearing wear","longText":""}""".formatted(externalReference, MOTOR_1))
                .json().path("id").asString();
        String windowId = client.post("/sandbox/planning/windows", """
                {"externalReference":"%s","equipment":"%s","line":"line-1","priority":1,
                 "earliestStart":"2026-03-02T10:00:00Z","durationMinutes":60}""".formatted(externalReference, MOTOR_1))
                .json().path("id").asString();
        return client.post("/sandbox/fsm/assignments",
                assignment(externalReference, notificationId, windowId, receiver.url().toString()));
    }

    private static String assignment(String externalReference, String notificationId, String windowId,
                                     String callbackUrl) {
        return """
                {"externalReference":"%s","equipment":"%s","notificationId":"%s","windowId":"%s",
                 "instructions":"Replace drive-end bearing","callbackUrl":"%s"}"""
                .formatted(externalReference, MOTOR_1, notificationId, windowId, callbackUrl);
    }
}
