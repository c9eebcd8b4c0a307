package org.millwright.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.sandbox.TestSeeds.MOTOR_1;
import static org.millwright.sandbox.TestSeeds.MOTOR_2;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.sandbox.SandboxClient.Answer;

class EamAndPlanningApiIT {
    private static SandboxSystems sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxSystems.start(SandboxConfig.defaults(), TestDatabases.freshDatabase("eam_planning_api"),
                TestSeeds.plant());
        client = new SandboxClient(sandbox.baseUri());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void createsANotificationWithASequentialNumberAndFindsItByExternalReference() {
        Answer created = client.post("/sandbox/eam/notifications", notification("ep-n-1", MOTOR_1, 2));
        Answer next = client.post("/sandbox/eam/notifications", notification("ep-n-2", MOTOR_1, 3));

        Answer found = client.get("/sandbox/eam/notifications?externalReference=ep-n-1");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("id").asString()).matches("1\\d{7}");
        assertThat(Long.parseLong(next.json().path("id").asString()))
                .isEqualTo(Long.parseLong(created.json().path("id").asString()) + 1);
        assertThat(created.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(created.json().path("priority").asInt()).isEqualTo(2);
        assertThat(created.json().path("createdAt").asString()).endsWith("Z");
        assertThat(found.json().size()).isEqualTo(1);
        assertThat(found.json().get(0).path("id").asString()).isEqualTo(created.json().path("id").asString());
    }

    @Test
    void cutsTheShortTextAtFortyCharacters() {
        Answer created = client.post("/sandbox/eam/notifications", """
                {"externalReference":"ep-long","equipment":"%s","failureMode":"overheating","priority":3,
                 "shortText":"%s","longText":""}""".formatted(MOTOR_1, "x".repeat(60)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("shortText").asString()).hasSize(40);
    }

    @Test
    void filtersNotificationsByEquipmentFailureModeAndStatus() {
        Answer open = client.post("/sandbox/eam/notifications", notification("ep-f-1", MOTOR_2, 1));
        Answer done = client.post("/sandbox/eam/notifications", notification("ep-f-2", MOTOR_2, 1));
        client.put("/sandbox/eam/notifications/" + done.json().path("id").asString() + "/status",
                "{\"status\":\"COMPLETED\"}");

        Answer openOnes = client.get("/sandbox/eam/notifications?equipment=" + MOTOR_2
                + "&failureMode=bearing-wear&status=OPEN");

        assertThat(openOnes.json().findValuesAsString("id")).containsExactly(open.json().path("id").asString());
    }

    @Test
    void movesANotificationForwardOnlyAndTreatsTheSameStatusAsANoOp() {
        String id = client.post("/sandbox/eam/notifications", notification("ep-s-1", MOTOR_1, 2))
                .json().path("id").asString();

        Answer inProcess = client.put("/sandbox/eam/notifications/" + id + "/status", "{\"status\":\"IN_PROCESS\"}");
        Answer completed = client.put("/sandbox/eam/notifications/" + id + "/status",
                "{\"status\":\"COMPLETED\",\"externalReference\":\"ep-s-1\"}");
        Answer again = client.put("/sandbox/eam/notifications/" + id + "/status", "{\"status\":\"COMPLETED\"}");
        Answer back = client.put("/sandbox/eam/notifications/" + id + "/status", "{\"status\":\"OPEN\"}");

        assertThat(inProcess.json().path("status").asString()).isEqualTo("IN_PROCESS");
        assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.errorMessage()).contains("COMPLETED").contains("OPEN");
    }

    @Test
    void deletesANotificationSoThatItCanNoLongerBeFoundAndAnswers404ForAnUnknownOne() {
        String id = client.post("/sandbox/eam/notifications", notification("ep-del-1", MOTOR_1, 2))
                .json().path("id").asString();

        Answer deleted = client.delete("/sandbox/eam/notifications/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("id").asString()).isEqualTo(id);
        assertThat(client.get("/sandbox/eam/notifications?externalReference=ep-del-1").json().size()).isZero();
        assertThat(client.delete("/sandbox/eam/notifications/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesToCompleteANotificationUnderAForeignExternalReference() {
        String id = client.post("/sandbox/eam/notifications", notification("ep-own", MOTOR_1, 2))
                .json().path("id").asString();

        Answer answer = client.put("/sandbox/eam/notifications/" + id + "/status",
                "{\"status\":\"COMPLETED\",\"externalReference\":\"ep-other\"}");

        assertThat(answer.status()).isEqualTo(409);
    }

    @Test
    void answers404ForTheStatusOfAnUnknownNotification() {
        assertThat(client.put("/sandbox/eam/notifications/99999999/status", "{\"status\":\"COMPLETED\"}").status())
                .isEqualTo(404);
    }

    @Test
    void refusesAPriorityOutsideOneToFour() {
        Answer answer = client.post("/sandbox/eam/notifications", notification("ep-p", MOTOR_1, 5));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("'priority'").contains("1..4");
    }

    @Test
    void startsAPriorityOneWindowAtTheEarliestStartAndOthersOnTheNextFullHour() {
        Answer urgent = client.post("/sandbox/planning/windows", window("ep-w-1", 1, "2026-03-02T10:17:00Z"));
        Answer planned = client.post("/sandbox/planning/windows", window("ep-w-2", 3, "2026-03-02T10:17:00Z"));

        assertThat(urgent.status()).isEqualTo(201);
        assertThat(urgent.json().path("id").asString()).matches("MW-\\d{7}");
        assertThat(urgent.json().path("start").asString()).isEqualTo("2026-03-02T10:17:00Z");
        assertThat(urgent.json().path("end").asString()).isEqualTo("2026-03-02T11:47:00Z");
        assertThat(planned.json().path("start").asString()).isEqualTo("2026-03-02T11:00:00Z");
        assertThat(planned.json().path("end").asString()).isEqualTo("2026-03-02T12:30:00Z");
    }

    @Test
    void findsWindowsByExternalReference() {
        Answer created = client.post("/sandbox/planning/windows", window("ep-w-find", 2, "2026-03-02T08:00:00Z"));

        Answer found = client.get("/sandbox/planning/windows?externalReference=ep-w-find");

        assertThat(found.json().size()).isEqualTo(1);
        assertThat(found.json().get(0).path("id").asString()).isEqualTo(created.json().path("id").asString());
        assertThat(found.json().get(0).path("start").asString()).isEqualTo("2026-03-02T08:00:00Z");
        assertThat(found.json().get(0).path("line").asString()).isEqualTo("line-1");
    }

    @Test
    void refusesAWindowWithAnUnparseableEarliestStart() {
        Answer answer = client.post("/sandbox/planning/windows", window("ep-w-bad", 2, "tomorrow"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("'earliestStart'").contains("tomorrow");
    }

    private static String notification(String externalReference, String equipment, int priority) {
        return """
                {"externalReference":"%s","equipment":"%s","failureMode":"bearing-wear","priority":%d,
                 "shortText":"Bearing wear suspected","longText":"Velocity 7.1 mm/s, zone C"}"""
                .formatted(externalReference, equipment, priority);
    }

    private static String window(String externalReference, int priority, String earliestStart) {
        return """
                {"externalReference":"%s","equipment":"%s","line":"line-1","priority":%d,
                 "earliestStart":"%s","durationMinutes":90}""".formatted(externalReference, MOTOR_1, priority,
                earliestStart);
    }
}
