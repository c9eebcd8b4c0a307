package org.millwright.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.sandbox.TestSeeds.MOTOR_1;
import static org.millwright.sandbox.TestSeeds.PLANT;
import static org.millwright.sandbox.TestSeeds.SEAL;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.sandbox.SandboxClient.Answer;

class FaultInjectionIT {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static SandboxSystems sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        SandboxConfig config = SandboxConfig.defaults().withClock(new MutableClock(NOW));
        sandbox = SandboxSystems.start(config, TestDatabases.freshDatabase("faults_api"), TestSeeds.plant());
        client = new SandboxClient(sandbox.baseUri());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        assertThat(client.delete("/sandbox/admin/faults").status()).isEqualTo(200);
    }

    @Test
    void answers503DuringAnOutageWithoutCreatingAnythingAndLeavesOtherSystemsAlone() {
        client.put("/sandbox/admin/faults/eam", "{\"outageUntil\":\"%s\"}".formatted(NOW.plusSeconds(3600)));

        Answer refused = client.post("/sandbox/eam/notifications", notification("ep-outage"));
        Answer erp = client.get("/sandbox/erp/equipment/" + MOTOR_1);
        Answer health = client.get("/sandbox/health");
        client.delete("/sandbox/admin/faults");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.errorCode()).isEqualTo("outage");
        assertThat(erp.status()).isEqualTo(200);
        assertThat(health.status()).isEqualTo(200);
        assertThat(client.get("/sandbox/eam/notifications?externalReference=ep-outage").json().size()).isZero();
    }

    @Test
    void endsTheOutageAtItsInstantByTheConfiguredClock() {
        client.put("/sandbox/admin/faults/eam", "{\"outageUntil\":\"%s\"}".formatted(NOW.minusSeconds(1)));

        assertThat(client.post("/sandbox/eam/notifications", notification("ep-after-outage")).status())
                .isEqualTo(201);
    }

    @Test
    void answers503BeforeDoingAnythingAtAnErrorRateOfOne() {
        client.put("/sandbox/erp/stock", "{\"material\":\"%s\",\"plant\":\"%s\",\"onHand\":5}".formatted(SEAL, PLANT));
        Answer stockBefore = client.get("/sandbox/erp/stock?material=" + SEAL + "&plant=" + PLANT);
        client.put("/sandbox/admin/faults/erp", "{\"errorRate\":1.0}");

        Answer refused = client.post("/sandbox/erp/reservations", """
                {"externalReference":"ep-err","equipment":"%s","plant":"%s","items":[{"material":"%s","quantity":1}]}"""
                .formatted(MOTOR_1, PLANT, SEAL));
        client.delete("/sandbox/admin/faults");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.errorCode()).isEqualTo("injected_error");
        assertThat(client.get("/sandbox/erp/reservations?externalReference=ep-err").json().size()).isZero();
        assertThat(client.get("/sandbox/erp/stock?material=" + SEAL + "&plant=" + PLANT).json())
                .isEqualTo(stockBefore.json());
    }

    @Test
    void commitsBeforeTheLatencySoATimedOutClientStillLeavesTheRecord() {
        client.put("/sandbox/admin/faults/planning", "{\"latencyMs\":800}");
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUri().resolve("/sandbox/planning/windows"))
                .timeout(Duration.ofMillis(200))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"externalReference":"ep-slow","equipment":"%s","line":"line-1","priority":1,
                         "earliestStart":"2026-03-02T10:00:00Z","durationMinutes":30}""".formatted(MOTOR_1)))
                .build();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        client.delete("/sandbox/admin/faults");
        assertThat(client.get("/sandbox/planning/windows?externalReference=ep-slow").json().size()).isEqualTo(1);
    }

    @Test
    void commitsAndThenLosesTheResponse() {
        client.put("/sandbox/admin/faults/erp", "{\"loseResponseRate\":1.0}");

        Answer lost = client.post("/sandbox/erp/purchase-requisitions", """
                {"externalReference":"ep-lost","equipment":"%s","plant":"%s","items":[{"material":"%s","quantity":1}]}"""
                .formatted(MOTOR_1, PLANT, SEAL));
        client.delete("/sandbox/admin/faults");

        assertThat(lost.status()).isEqualTo(503);
        assertThat(lost.errorCode()).isEqualTo("response_lost");
        assertThat(client.get("/sandbox/erp/purchase-requisitions?externalReference=ep-lost").json().size())
                .isEqualTo(1);
    }

    @Test
    void listsAndClearsTheFaultSettingsOfEverySystem() {
        Answer set = client.put("/sandbox/admin/faults/fsm", "{\"latencyMs\":5,\"errorRate\":0.25}");

        Answer listed = client.get("/sandbox/admin/faults");
        Answer cleared = client.delete("/sandbox/admin/faults");

        assertThat(set.status()).isEqualTo(200);
        assertThat(listed.json().path("fsm").path("errorRate").asDouble()).isEqualTo(0.25);
        assertThat(listed.json().path("fsm").path("latencyMs").asLong()).isEqualTo(5);
        assertThat(listed.json().path("erp").path("outageUntil").isNull()).isTrue();
        assertThat(cleared.json().path("fsm").path("errorRate").asDouble()).isZero();
    }

    @Test
    void refusesRatesOutsideZeroToOneAndUnknownSystems() {
        Answer badRate = client.put("/sandbox/admin/faults/erp", "{\"errorRate\":1.5}");
        Answer unknown = client.put("/sandbox/admin/faults/mes", "{}");

        assertThat(badRate.status()).isEqualTo(400);
        assertThat(badRate.errorMessage()).contains("'errorRate'");
        assertThat(unknown.status()).isEqualTo(404);
    }

    private static String notification(String externalReference) {
        return """
                {"externalReference":"%s","equipment":"%s","failureMode":"bearing-wear","priority":2,
                 "shortText":"Bearing wear","longText":""}""".formatted(externalReference, MOTOR_1);
    }
}
