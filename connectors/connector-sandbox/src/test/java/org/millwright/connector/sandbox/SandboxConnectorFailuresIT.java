package org.millwright.connector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.connector.sandbox.SandboxFixture.MOTOR_1;
import static org.millwright.connector.sandbox.SandboxFixture.PLANT;
import static org.millwright.connector.sandbox.SandboxFixture.SEAL;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.WorkRecord;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

class SandboxConnectorFailuresIT {
    private static final AssetId ASSET = AssetId.of(MOTOR_1);

    private static SandboxFixture fixture;
    private static SandboxConnector connector;

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.start("connector_failures");
        connector = new SandboxConnector(fixture.baseUri(), Duration.ofMillis(500));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @AfterEach
    void clearFaults() {
        fixture.clearFaults();
    }

    @Test
    void classifiesAn503AsRetriableKeepingTheSandboxText() {
        fixture.fault("eam", "{\"errorRate\":1.0}");

        assertThatThrownBy(() -> connector.createNotification(notification("ep-503")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.system()).isEqualTo("sandbox-eam");
                    assertThat(e.operation()).isEqualTo("createNotification");
                    assertThat(e.upstreamMessage()).isEqualTo("sandbox eam failed (injected error)");
                });
    }

    @Test
    void classifiesAnOutageAsRetriable() {
        fixture.fault("planning", "{\"outageUntil\":\"2999-01-01T00:00:00Z\"}");

        assertThatThrownBy(() -> connector.findWindow("ep-outage"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.system()).isEqualTo("sandbox-planning");
                    assertThat(e.operation()).isEqualTo("findWindow");
                });
    }

    @Test
    void timesOutRetriablyAndThenFindsTheNotificationTheSandboxCommitted() {
        fixture.fault("eam", "{\"latencyMs\":1500}");

        assertThatThrownBy(() -> connector.createNotification(notification("ep-slow-notif")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.upstreamMessage()).contains("no answer within 500 ms");
                });
        fixture.clearFaults();

        WorkRecord recovered = connector.findByExternalReference("ep-slow-notif").orElseThrow();
        assertThat(recovered.asset()).isEqualTo(ASSET);
        assertThat(recovered.open()).isTrue();
    }

    @Test
    void timesOutRetriablyAndThenFindsTheReservationTheSandboxCommitted() {
        fixture.setStock(SEAL, 10);
        fixture.fault("erp", "{\"latencyMs\":1500}");

        assertThatThrownBy(() -> connector.reserve(new ReservationRequest("ep-slow-res", ASSET, PLANT,
                List.of(new SparePart(SEAL, 1)))))
                .isInstanceOfSatisfying(ConnectorException.class, e -> assertThat(e.isRetriable()).isTrue());
        fixture.clearFaults();

        ReservationRecord recovered = connector.findReservation("ep-slow-res").orElseThrow();
        assertThat(recovered.id()).matches("RES-\\d{7}");
    }

    @Test
    void recoversAReservationWhoseResponseWasLost() {
        fixture.setStock(SEAL, 10);
        fixture.fault("erp", "{\"loseResponseRate\":1.0}");

        assertThatThrownBy(() -> connector.reserve(new ReservationRequest("ep-lost", ASSET, PLANT,
                List.of(new SparePart(SEAL, 1)))))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.upstreamMessage()).contains("lost the response");
                });
        fixture.clearFaults();

        assertThat(connector.findReservation("ep-lost")).isPresent();
    }

    @Test
    void classifiesARefusedConnectionAsRetriableAndReportsTheSandboxDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SandboxConnector nowhere = new SandboxConnector(URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofMillis(500));

        assertThatThrownBy(() -> nowhere.stock(SEAL, PLANT))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isTrue();
                    assertThat(e.system()).isEqualTo("sandbox-erp");
                    assertThat(e.operation()).isEqualTo("stock");
                });
        assertThat(nowhere.isUp()).isFalse();
    }

    @Test
    void classifiesAnIllegalStatusChangeAsPermanent() {
        WorkRecord work = connector.createNotification(notification("ep-own"));

        assertThatThrownBy(() -> connector.completeNotification(work.id(), "ep-someone-else"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.upstreamMessage()).contains("ep-own").contains("ep-someone-else");
                });
    }

    private static NotificationRequest notification(String externalReference) {
        return new NotificationRequest(externalReference, ASSET, FailureMode.of("overheating"), Severity.WARNING,
                "Winding temperature high", "Winding 128 °C");
    }
}
