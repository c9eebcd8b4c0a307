package org.millwright.connector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.millwright.connector.sandbox.SandboxFixture.BEARING;
import static org.millwright.connector.sandbox.SandboxFixture.MOTOR_1;
import static org.millwright.connector.sandbox.SandboxFixture.MOTOR_2;
import static org.millwright.connector.sandbox.SandboxFixture.PLANT;
import static org.millwright.connector.sandbox.SandboxFixture.SEAL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.DispatchRequest;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.WindowRequest;
import org.millwright.connector.WorkRecord;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

class SandboxConnectorIT {
    private static final AssetId ASSET_1 = AssetId.of(MOTOR_1);
    private static final AssetId ASSET_2 = AssetId.of(MOTOR_2);
    private static final FailureMode BEARING_WEAR = FailureMode.of("bearing-wear");

    private static SandboxFixture fixture;
    private static SandboxConnector connector;

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.start("connector_ports");
        connector = new SandboxConnector(fixture.baseUri(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void readsEquipmentWithItsCanonicalAssetAndBillOfMaterials() {
        EquipmentRecord motor = connector.equipment(ASSET_1).orElseThrow();

        assertThat(motor.asset().assetClass()).isEqualTo(AssetClass.MOTOR);
        assertThat(motor.asset().location().line()).isEqualTo("line-1");
        assertThat(motor.erpId()).isEqualTo("10000101");
        assertThat(motor.plant()).isEqualTo(PLANT);
        assertThat(motor.sparePartsFor(BEARING_WEAR)).containsExactly(new SparePart(BEARING, 2), new SparePart(SEAL, 1));
    }

    @Test
    void answersEmptyForUnknownEquipment() {
        assertThat(connector.equipment(AssetId.of("no-such-motor"))).isEmpty();
    }

    @Test
    void listsAllEquipment() {
        assertThat(connector.allEquipment()).extracting(record -> record.asset().id()).containsExactly(ASSET_1, ASSET_2);
    }

    @Test
    void updatesTheEquipmentStatus() {
        connector.updateStatus(ASSET_2, EquipmentStatus.UNDER_MAINTENANCE, "ep-status");

        assertThat(connector.equipment(ASSET_2).orElseThrow().status()).isEqualTo(EquipmentStatus.UNDER_MAINTENANCE);
        connector.updateStatus(ASSET_2, EquipmentStatus.RUNNING, "ep-status");
        assertThat(connector.equipment(ASSET_2).orElseThrow().status()).isEqualTo(EquipmentStatus.RUNNING);
    }

    @Test
    void refusesAStatusUpdateOfUnknownEquipmentPermanently() {
        assertThatThrownBy(() -> connector.updateStatus(AssetId.of("ghost"), EquipmentStatus.STOPPED, "ep-g"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.system()).isEqualTo("sandbox-erp");
                    assertThat(e.operation()).isEqualTo("updateStatus");
                    assertThat(e.upstreamMessage()).isEqualTo("unknown equipment 'ghost'");
                });
    }

    @Test
    void createsFindsAndCompletesANotification() {
        WorkRecord created = connector.createNotification(notification("ep-notif", Severity.ALARM, "Bearing wear"));

        assertThat(created.id()).matches("1\\d{7}");
        assertThat(created.open()).isTrue();
        assertThat(connector.findByExternalReference("ep-notif")).contains(created);
        assertThat(connector.findOpenWork(ASSET_1, BEARING_WEAR)).contains(created);

        connector.completeNotification(created.id(), "ep-notif");
        connector.completeNotification(created.id(), "ep-notif");

        assertThat(connector.findByExternalReference("ep-notif").orElseThrow().open()).isFalse();
        assertThat(connector.findOpenWork(ASSET_1, BEARING_WEAR)).isEmpty();
        assertThat(connector.findByExternalReference("ep-never")).isEmpty();
    }

    @Test
    void refusesABlankShortTextPermanentlyWithTheSandboxText() {
        assertThatThrownBy(() -> connector.createNotification(notification("ep-blank", Severity.WARNING, " ")))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
                    assertThat(e.system()).isEqualTo("sandbox-eam");
                    assertThat(e.operation()).isEqualTo("createNotification");
                    assertThat(e.upstreamMessage()).isEqualTo("field 'shortText' must not be blank");
                });
    }

    @Test
    void reservesStockWhenAvailableAndFindsTheReservation() {
        fixture.setStock(SEAL, 10);
        int before = connector.stock(SEAL, PLANT).available();

        ReservationRecord reservation = connector.reserve(new ReservationRequest("ep-res", ASSET_1, PLANT,
                List.of(new SparePart(SEAL, 3))));

        assertThat(reservation.id()).matches("RES-\\d{7}");
        assertThat(connector.stock(SEAL, PLANT).available()).isEqualTo(before - 3);
        assertThat(connector.findReservation("ep-res")).contains(reservation);
        assertThat(connector.findReservation("ep-none")).isEmpty();
    }

    @Test
    void releasesAndConsumesReservationsOnceEach() {
        fixture.setStock(SEAL, 10);
        int before = connector.stock(SEAL, PLANT).available();
        ReservationRecord released = connector.reserve(new ReservationRequest("ep-rel", ASSET_1, PLANT,
                List.of(new SparePart(SEAL, 2))));
        ReservationRecord consumed = connector.reserve(new ReservationRequest("ep-con", ASSET_1, PLANT,
                List.of(new SparePart(SEAL, 3))));

        connector.release(released.id(), "ep-rel");
        connector.release(released.id(), "ep-rel");
        connector.consume(consumed.id(), "ep-con");
        connector.consume(consumed.id(), "ep-con");

        assertThat(connector.stock(SEAL, PLANT).available()).isEqualTo(before - 3);
        assertThatThrownBy(() -> connector.consume(released.id(), "ep-rel"))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.upstreamMessage()).isEqualTo(
                            "reservation '" + released.id() + "' is RELEASED, it cannot become CONSUMED");
                });
    }

    @Test
    void refusesAReservationBeyondStockPermanentlyWithTheSandboxText() {
        fixture.setStock(BEARING, 0);

        assertThatThrownBy(() -> connector.reserve(new ReservationRequest("ep-short", ASSET_1, PLANT,
                List.of(new SparePart(BEARING, 1)))))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.operation()).isEqualTo("reserve");
                    assertThat(e.upstreamMessage()).isEqualTo(
                            "insufficient stock of material 'BRG-6205' at plant '1000': requested 1, available 0");
                });
        assertThat(connector.findReservation("ep-short")).isEmpty();
    }

    @Test
    void createsAndFindsAPurchaseRequisition() {
        RequisitionRecord requisition = connector.requisition(new RequisitionRequest("ep-pr", ASSET_1, PLANT,
                List.of(new SparePart(BEARING, 2))));

        assertThat(requisition.id()).matches("PR-\\d{7}");
        assertThat(connector.findRequisition("ep-pr")).contains(requisition);
        assertThat(connector.findRequisition("ep-none")).isEmpty();
    }

    @Test
    void proposesAndFindsAMaintenanceWindow() {
        MaintenanceWindow window = connector.proposeWindow(new WindowRequest("ep-win", ASSET_1, "line-1",
                Severity.WARNING, Instant.parse("2026-03-02T10:20:00Z"), Duration.ofMinutes(90)));

        assertThat(window.start()).isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2026-03-02T12:30:00Z"));
        assertThat(connector.findWindow("ep-win")).contains(window);
        assertThat(connector.findWindow("ep-none")).isEmpty();
    }

    @Test
    void dispatchesATechnicianAndSeesTheJobCompleted() {
        WorkRecord notification = connector.createNotification(notification("ep-job", Severity.TRIP, "Trip"));
        MaintenanceWindow window = connector.proposeWindow(new WindowRequest("ep-job", ASSET_1, "line-1",
                Severity.TRIP, Instant.parse("2026-03-02T10:20:00Z"), Duration.ofMinutes(30)));

        AssignmentRecord assignment = connector.dispatch(new DispatchRequest("ep-job", ASSET_1, notification.id(),
                window.id(), "Replace the drive-end bearing", fixture.callbackUrl()));

        assertThat(assignment.id()).matches("FSA-\\d{7}");
        assertThat(assignment.technician()).isNotBlank();
        assertThat(assignment.completed()).isFalse();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> connector.findAssignment("ep-job").map(AssignmentRecord::completed).orElse(false));
        assertThat(connector.findAssignment("ep-none")).isEmpty();
    }

    @Test
    void reportsTheSandboxUp() {
        assertThat(connector.isUp()).isTrue();
    }

    private static NotificationRequest notification(String externalReference, Severity severity, String shortText) {
        return new NotificationRequest(externalReference, ASSET_1, BEARING_WEAR, severity, shortText,
                "Velocity 7.1 mm/s RMS, zone C");
    }
}
