package org.millwright.connector.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.connector.rest.AcmeCmms.API;
import static org.millwright.connector.rest.AcmeCmms.BEARING;
import static org.millwright.connector.rest.AcmeCmms.EPISODE;
import static org.millwright.connector.rest.AcmeCmms.MOTOR;
import static org.millwright.connector.rest.AcmeCmms.authorized;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.WorkRecord;
import org.millwright.model.AssetClass;
import org.millwright.model.FailureMode;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.Severity;
import org.millwright.model.SupportType;

/** The asset-master and work-management ports served from the Acme CMMS through the shipped example mapping. */
class AcmeAssetsAndWorkIT {
    private final AcmeCmms acme = new AcmeCmms();
    private final RestConnector connector = acme.connector();

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void readsAnEquipmentRecordWithLocationIsoClassStatusAndSparePartsPerFailureMode() {
        acme.answerGet("/assets/north-l1-motor-01", Map.of(), AcmeCmms.motorJson());

        EquipmentRecord motor = connector.equipment(MOTOR).orElseThrow();

        assertThat(motor.asset().id()).isEqualTo(MOTOR);
        assertThat(motor.asset().name()).isEqualTo("Main drive motor, press line 1");
        assertThat(motor.asset().assetClass()).isEqualTo(AssetClass.MOTOR);
        assertThat(motor.asset().location()).isEqualTo(new Isa95Location("acme", "north", "press-shop", "l1"));
        assertThat(motor.asset().machineGroup()).isEqualTo(MachineGroup.GROUP_2);
        assertThat(motor.asset().support()).isEqualTo(SupportType.FLEXIBLE);
        assertThat(motor.erpId()).isEqualTo("A-10023");
        assertThat(motor.plant()).isEqualTo("1710");
        assertThat(motor.status()).isEqualTo(EquipmentStatus.DEGRADED);
        assertThat(motor.sparePartsFor(BEARING)).containsExactly(new SparePart("BRG-6204", 2),
                new SparePart("GREASE-EP2", 1));
        assertThat(motor.sparePartsFor(FailureMode.of("misalignment"))).containsExactly(new SparePart("SHIM-KIT", 1));
    }

    @Test
    void anAssetTheCmmsAnswers404ForIsNotFound() {
        acme.server.stubFor(authorized(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo(API + "/assets/north-l9-pump-99"))).willReturn(AcmeCmms.acmeError(404, "NOT_FOUND",
                "No asset with tag north-l9-pump-99")));

        assertThat(connector.equipment(org.millwright.model.AssetId.of("north-l9-pump-99"))).isEmpty();
    }

    @Test
    void listsEveryLinkedAssetAndTakesDefaultsForWhatTheCmmsLeavesOut() {
        acme.answerGet("/assets", Map.of("linked", "true"), "{\"items\": [" + AcmeCmms.motorJson() + ","
                + """
                {"tag": "north-l1-pump-02", "description": "Coolant pump", "category": "PUMP",
                 "hierarchy": {"company": "acme", "site": "north", "area": "press-shop", "line": "l1"},
                 "iso": {"group": "1"}, "assetNo": "A-10024", "plant": "1710", "state": "IN_SERVICE"}
                ], "total": 2}""");

        List<EquipmentRecord> all = connector.allEquipment();

        assertThat(all).extracting(record -> record.asset().id().value())
                .containsExactly("north-l1-motor-01", "north-l1-pump-02");
        EquipmentRecord pump = all.get(1);
        assertThat(pump.asset().support()).isEqualTo(SupportType.RIGID);
        assertThat(pump.asset().machineGroup()).isEqualTo(MachineGroup.GROUP_1);
        assertThat(pump.status()).isEqualTo(EquipmentStatus.RUNNING);
        assertThat(pump.spareParts()).isEmpty();
    }

    @Test
    void setsTheEquipmentStatusInAcmesOwnVocabulary() {
        acme.server.stubFor(authorized(put(urlEqualTo(API + "/assets/north-l1-motor-01/state")))
                .willReturn(aResponse().withStatus(204)));

        connector.updateStatus(MOTOR, EquipmentStatus.UNDER_MAINTENANCE, EPISODE);

        acme.server.verify(putRequestedFor(urlEqualTo(API + "/assets/north-l1-motor-01/state"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("X-Acme-Client", equalTo("millwright"))
                .withRequestBody(equalToJson("""
                        {"state": "MAINTENANCE", "reference": "%s", "changedAt": "2024-05-14T08:15:00Z"}
                        """.formatted(EPISODE))));
    }

    @Test
    void findsOpenWorkOnTheAssetForTheFailureMode() {
        acme.answerGet("/work-requests", Map.of("assetTag", "north-l1-motor-01", "problemCode", "bearing-wear",
                "status", "open"), """
                {"items": [{"number": "WR-1001", "externalRef": "ep-older", "assetTag": "north-l1-motor-01",
                            "problemCode": "bearing-wear", "status": "IN_PROGRESS"}]}""");

        assertThat(connector.findOpenWork(MOTOR, BEARING))
                .contains(new WorkRecord("WR-1001", "ep-older", MOTOR, BEARING, true));
    }

    @Test
    void anEmptyListMeansNoOpenWork() {
        acme.answerGet("/work-requests", Map.of("assetTag", "north-l1-motor-01"), "{\"items\": []}");

        assertThat(connector.findOpenWork(MOTOR, BEARING)).isEmpty();
        assertThat(connector.findByExternalReference(EPISODE)).isEmpty();
    }

    @Test
    void findsAClosedWorkRequestByItsExternalReference() {
        acme.answerGet("/work-requests", Map.of("externalRef", EPISODE), """
                {"items": [{"number": "WR-1002", "externalRef": "%s", "assetTag": "north-l1-motor-01",
                            "problemCode": "bearing-wear", "status": "DONE"}]}""".formatted(EPISODE));

        assertThat(connector.findByExternalReference(EPISODE))
                .contains(new WorkRecord("WR-1002", EPISODE, MOTOR, BEARING, false));
    }

    @Test
    void createsAWorkRequestWithPriorityFromSeverityAndAnIdempotencyKey() {
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/work-requests")))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"number\": \"WR-1003\", \"status\": \"OPEN\"}")));
        String evidence = "Velocity 7.4 mm/s RMS \"zone C\" since 08:00 {trend: rising}\nCheck bearing ∅ 20 mm";

        WorkRecord created = connector.createNotification(new NotificationRequest(EPISODE, MOTOR, BEARING,
                Severity.ALARM, "Bearing wear on motor 01", evidence));

        assertThat(created).isEqualTo(new WorkRecord("WR-1003", EPISODE, MOTOR, BEARING, true));
        acme.server.verify(postRequestedFor(urlEqualTo(API + "/work-requests"))
                .withHeader("Idempotency-Key", equalTo("millwright-" + EPISODE + "-work-request"))
                .withRequestBody(equalToJson("""
                        {"externalRef": "%s", "assetTag": "north-l1-motor-01", "problemCode": "bearing-wear",
                         "priority": 2, "title": "Bearing wear on motor 01",
                         "description": "Velocity 7.4 mm/s RMS \\"zone C\\" since 08:00 {trend: rising}\\nCheck bearing ∅ 20 mm",
                         "source": "millwright", "reportedAt": "2024-05-14T08:15:00Z"}
                        """.formatted(EPISODE))));
    }

    @Test
    void completesAWorkRequestAndTreatsAlreadyCompleteAsDone() {
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/work-requests/WR-1003/complete")))
                .willReturn(aResponse().withStatus(204)));
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/work-requests/WR-1004/complete")))
                .willReturn(AcmeCmms.acmeError(409, "ALREADY_COMPLETE", "Work request WR-1004 is already complete")));

        connector.completeNotification("WR-1003", EPISODE);
        connector.completeNotification("WR-1004", EPISODE);

        acme.server.verify(postRequestedFor(urlEqualTo(API + "/work-requests/WR-1003/complete"))
                .withRequestBody(equalToJson("{\"externalRef\": \"" + EPISODE
                        + "\", \"completedAt\": \"2024-05-14T08:15:00Z\"}")));
    }
}
