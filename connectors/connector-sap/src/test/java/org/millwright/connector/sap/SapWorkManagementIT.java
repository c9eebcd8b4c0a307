package org.millwright.connector.sap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.sap.SapStub.BEARING;
import static org.millwright.connector.sap.SapStub.MOTOR;
import static org.millwright.connector.sap.SapStub.NOTIFICATIONS;
import static org.millwright.connector.sap.SapStub.OVERHEATING;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.WorkRecord;
import org.millwright.model.Severity;

/** The work-management port against a stub of {@code API_MAINTNOTIFICATION}. */
class SapWorkManagementIT {
    private static final String REFERENCE = "EP-7F3A9C2E11AB";
    private static final String SET = NOTIFICATIONS + "MaintenanceNotification";
    private static final String BY_REFERENCE = "MaintNotifExtReferenceNumber eq '" + REFERENCE + "'";
    private static final String BY_EQUIPMENT_AND_BEARING = "TechnicalObject eq '210100094' and "
            + "TechObjIsEquipOrFuncnlLoc eq 'EAMS_EQUI' and MaintNotificationCodeGroup eq 'PM-VIB' and "
            + "MaintNotificationCode eq '0010'";
    private static SapStub sap;

    @BeforeAll
    static void start() {
        sap = new SapStub();
    }

    @AfterAll
    static void stop() {
        sap.close();
    }

    @BeforeEach
    void reset() {
        sap.server.resetAll();
        sap.csrf(NOTIFICATIONS, "T1");
    }

    @Test
    void looksTheReferenceUpThenCreatesWithTheConfiguredCustomizing() {
        sap.query(SET, BY_REFERENCE);
        sap.server.stubFor(post(urlPathEqualTo(SET)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"d\":{\"MaintenanceNotification\":\"10000123\",\"NotifProcessingPhase\":\"1\"}}")));

        WorkRecord work = sap.connector().createNotification(new NotificationRequest(REFERENCE, MOTOR, BEARING,
                Severity.TRIP, "Motor 1 vibration above zone C: stop and inspect bearings now",
                "RMS velocity 11.2 mm/s"));

        assertThat(work).isEqualTo(new WorkRecord("10000123", REFERENCE, MOTOR, BEARING, true));
        sap.server.verify(postRequestedFor(urlPathEqualTo(SET)).withRequestBody(equalToJson("""
                {"NotificationText":"Motor 1 vibration above zone C: stop and",
                 "NotificationType":"M2","MaintPriority":"1","TechnicalObject":"210100094",
                 "TechObjIsEquipOrFuncnlLoc":"EAMS_EQUI","MalfunctionStartDate":"/Date(1715644800000)/",
                 "MalfunctionStartTime":"PT08H15M00S","MaintNotifExtReferenceNumber":"EP-7F3A9C2E11AB",
                 "MaintNotifLongTextForEdit":"Motor 1 vibration above zone C: stop and inspect bearings now\\nRMS velocity 11.2 mm/s",
                 "MaintenancePlanningPlant":"1710","MainWorkCenter":"RES-0100","ReportedByUser":"IOT_HUB",
                 "MaintNotificationCodeGroup":"PM-VIB","MaintNotificationCode":"0010"}""")));
    }

    @Test
    void returnsTheNotificationSapAlreadyHoldsInsteadOfCreatingASecond() {
        sap.query(SET, BY_REFERENCE, notification("10000123", "1", "PM-VIB", "0010"));

        WorkRecord work = sap.connector().createNotification(new NotificationRequest(REFERENCE, MOTOR, BEARING,
                Severity.ALARM, "Vibration", "Evidence"));

        assertThat(work).isEqualTo(new WorkRecord("10000123", REFERENCE, MOTOR, BEARING, true));
        sap.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void refusesAReferenceLongerThanSapsField() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> sap.connector()
                .createNotification(new NotificationRequest("EP-TOO-LONG-FOR-SAP-0001", MOTOR, BEARING,
                        Severity.ALARM, "Vibration", "Evidence")));

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        assertThat(failure.upstreamMessage()).contains("MaintNotifExtReferenceNumber");
    }

    @Test
    void findsOpenWorkByEquipmentAndCodingSkippingCompletedNotifications() {
        sap.query(SET, BY_EQUIPMENT_AND_BEARING, notification("10000100", "4", "PM-VIB", "0010"),
                notification("10000101", "3", "PM-VIB", "0010"));

        Optional<WorkRecord> open = sap.connector().findOpenWork(MOTOR, BEARING);

        assertThat(open).contains(new WorkRecord("10000101", REFERENCE, MOTOR, BEARING, true));
    }

    @Test
    void findsNoOpenWorkWhenEveryNotificationIsClosed() {
        sap.query(SET, BY_EQUIPMENT_AND_BEARING, notification("10000100", "4", "PM-VIB", "0010"));

        assertThat(sap.connector().findOpenWork(MOTOR, BEARING)).isEmpty();
    }

    @Test
    void matchesAFailureModeWithoutCodingToOpenNotificationsWithoutKnownCoding() {
        sap.query(SET, "TechnicalObject eq '210100094' and TechObjIsEquipOrFuncnlLoc eq 'EAMS_EQUI'",
                notification("10000102", "1", "PM-VIB", "0010"), notification("10000103", "1", "", ""));

        assertThat(sap.connector().findOpenWork(MOTOR, OVERHEATING)).map(WorkRecord::id).contains("10000103");
    }

    @Test
    void readsAFoundNotificationBackToTheLinkedAsset() {
        sap.query(SET, BY_REFERENCE, notification("10000123", "4", "PM-VIB", "0010"));

        assertThat(sap.connector().findByExternalReference(REFERENCE))
                .contains(new WorkRecord("10000123", REFERENCE, MOTOR, BEARING, false));
    }

    @Test
    void completesAnOpenNotificationThroughTheFunctionImport() {
        sap.server.stubFor(get(urlPathEqualTo(NOTIFICATIONS + "MaintenanceNotification('10000123')"))
                .willReturn(okJson("{\"d\":" + notification("10000123", "3", "PM-VIB", "0010") + "}")));
        sap.server.stubFor(post(urlPathEqualTo(NOTIFICATIONS + "CompleteMaintNotification"))
                .withQueryParam("MaintenanceNotification", equalTo("'10000123'"))
                .withQueryParam("MaintNotifReferenceDateTime", equalTo("datetimeoffset'2024-05-14T08:15:00Z'"))
                .withHeader("x-csrf-token", equalTo("T1"))
                .willReturn(okJson("{\"d\":{\"MaintenanceNotification\":\"10000123\"}}")));

        sap.connector().completeNotification("10000123", REFERENCE);

        sap.server.verify(1, postRequestedFor(urlPathEqualTo(NOTIFICATIONS + "CompleteMaintNotification")));
    }

    @Test
    void completingAnAlreadyCompletedNotificationSendsNothing() {
        sap.server.stubFor(get(urlPathEqualTo(NOTIFICATIONS + "MaintenanceNotification('10000123')"))
                .willReturn(okJson("{\"d\":" + notification("10000123", "4", "PM-VIB", "0010") + "}")));

        sap.connector().completeNotification("10000123", REFERENCE);

        sap.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void refusesToCompleteANotificationOfAnotherEpisode() {
        sap.server.stubFor(get(urlPathEqualTo(NOTIFICATIONS + "MaintenanceNotification('10000123')"))
                .willReturn(okJson("{\"d\":" + notification("10000123", "1", "PM-VIB", "0010") + "}")));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> sap.connector().completeNotification("10000123", "EP-000000000009"));

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        sap.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void completesANotificationOpenedByHandThatCarriesNoReference() {
        sap.server.stubFor(get(urlPathEqualTo(NOTIFICATIONS + "MaintenanceNotification('10000777')"))
                .willReturn(okJson("{\"d\":{\"MaintenanceNotification\":\"10000777\",\"TechnicalObject\":"
                        + "\"000000000210100094\",\"NotifProcessingPhase\":\"1\"}}")));
        sap.server.stubFor(post(urlPathEqualTo(NOTIFICATIONS + "CompleteMaintNotification"))
                .withQueryParam("MaintenanceNotification", equalTo("'10000777'"))
                .willReturn(aResponse().withStatus(204)));

        sap.connector().completeNotification("10000777", REFERENCE);

        sap.server.verify(1, postRequestedFor(urlPathEqualTo(NOTIFICATIONS + "CompleteMaintNotification")));
    }

    @Test
    void reportsAnUnknownNotificationAsPermanentWithSapsText() {
        sap.server.stubFor(get(urlPathEqualTo(NOTIFICATIONS + "MaintenanceNotification('99')"))
                .willReturn(aResponse().withStatus(404).withBody(SapStub.error("IWO_BAPI2/101",
                        "Notification 99 does not exist"))));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> sap.connector().completeNotification("99", REFERENCE));

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        assertThat(failure.upstreamMessage()).contains("Notification 99 does not exist");
    }

    private static String notification(String id, String phase, String codeGroup, String code) {
        return """
                {"__metadata":{"type":"cds_api_maintnotification.MaintenanceNotificationType"},
                 "MaintenanceNotification":"%s","MaintNotifExtReferenceNumber":"%s",
                 "TechnicalObject":"000000000210100094","TechnicalObjectLabel":"210100094",
                 "NotifProcessingPhase":"%s","MaintNotificationCodeGroup":"%s","MaintNotificationCode":"%s",
                 "ZZ1_CustomField":"ignored"}""".formatted(id, REFERENCE, phase, codeGroup, code);
    }
}
