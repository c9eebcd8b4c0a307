package org.millwright.connector.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.connector.rest.AcmeCmms.API;
import static org.millwright.connector.rest.AcmeCmms.EPISODE;
import static org.millwright.connector.rest.AcmeCmms.MOTOR;
import static org.millwright.connector.rest.AcmeCmms.authorized;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.DispatchRequest;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.StockLevel;
import org.millwright.connector.WindowRequest;
import org.millwright.model.Severity;

/** The inventory, procurement, planning and field-service ports served from the Acme CMMS by the example mapping. */
class AcmeSupplyPlanningAndFieldIT {
    private static final List<SparePart> PARTS = List.of(new SparePart("BRG-6204", 2), new SparePart("GREASE EP2/Li", 1));

    private final AcmeCmms acme = new AcmeCmms();
    private final RestConnector connector = acme.connector();

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void readsTheAvailableStockOfAMaterialWhoseNumberNeedsEncoding() {
        // the slash must not split the path: the stub matches the encoded path only
        acme.answerGet("/inventory/GREASE%20EP2%2FLi", Map.of("site", "1710"),
                "{\"partNo\": \"GREASE EP2/Li\", \"site\": \"1710\", \"onHand\": 5, \"reserved\": 2, \"available\": 3}");

        assertThat(connector.stock("GREASE EP2/Li", "1710")).isEqualTo(new StockLevel("GREASE EP2/Li", "1710", 3));
    }

    @Test
    void reservesOneLinePerSparePartAndReportsTheShortfall() {
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/reservations"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "RS-77", "externalRef": "%s", "missing": [{"partNo": "BRG-6204", "qty": 1}]}
                        """.formatted(EPISODE))));

        ReservationRecord reservation = connector.reserve(new ReservationRequest(EPISODE, MOTOR, "1710", PARTS));

        assertThat(reservation).isEqualTo(new ReservationRecord("RS-77", EPISODE, List.of(new SparePart("BRG-6204", 1))));
        assertThat(reservation.complete()).isFalse();
        acme.server.verify(postRequestedFor(urlEqualTo(API + "/reservations"))
                .withHeader("Idempotency-Key", equalTo("millwright-" + EPISODE + "-reservation"))
                .withRequestBody(equalToJson("""
                        {"externalRef": "%s", "assetTag": "north-l1-motor-01", "site": "1710",
                         "lines": [{"lineNo": 1, "partNo": "BRG-6204", "qty": 2, "site": "1710"},
                                   {"lineNo": 2, "partNo": "GREASE EP2/Li", "qty": 1, "site": "1710"}]}
                        """.formatted(EPISODE))));
    }

    @Test
    void findsAReservationByReferenceAndNoneWhenTheListIsEmpty() {
        acme.answerGet("/reservations", Map.of("externalRef", EPISODE),
                "{\"items\": [{\"id\": \"RS-77\", \"externalRef\": \"" + EPISODE + "\", \"missing\": []}]}");
        acme.answerGet("/reservations", Map.of("externalRef", "ep-unknown"), "{\"items\": []}");

        assertThat(connector.findReservation(EPISODE)).contains(new ReservationRecord("RS-77", EPISODE));
        assertThat(connector.findReservation("ep-unknown")).isEmpty();
    }

    @Test
    void releasesAndConsumesAReservationAndAcceptsAlreadyDone() {
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/reservations/RS-77/release")))
                .willReturn(aResponse().withStatus(204)));
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/reservations/RS-78/issue")))
                .willReturn(AcmeCmms.acmeError(409, "ALREADY_ISSUED", "Reservation RS-78 is already issued")));

        connector.release("RS-77", EPISODE);
        connector.consume("RS-78", EPISODE);

        acme.server.verify(postRequestedFor(urlEqualTo(API + "/reservations/RS-77/release")));
        acme.server.verify(postRequestedFor(urlEqualTo(API + "/reservations/RS-78/issue")));
    }

    @Test
    void requisitionsTheItemsAsTheyAreAndFindsTheRequisitionAgain() {
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/purchase-requests")))
                .willReturn(okJson("{\"prNumber\": \"PR-5001\"}")));
        acme.answerGet("/purchase-requests", Map.of("externalRef", EPISODE),
                "{\"items\": [{\"prNumber\": \"PR-5001\", \"externalRef\": \"" + EPISODE + "\"}]}");

        RequisitionRecord created = connector.requisition(new RequisitionRequest(EPISODE, MOTOR, "1710", PARTS));

        assertThat(created).isEqualTo(new RequisitionRecord("PR-5001", EPISODE));
        assertThat(connector.findRequisition(EPISODE)).contains(created);
        acme.server.verify(postRequestedFor(urlEqualTo(API + "/purchase-requests"))
                .withHeader("Idempotency-Key", equalTo("millwright-" + EPISODE + "-purchase-request"))
                .withRequestBody(equalToJson("""
                        {"externalRef": "%s", "site": "1710", "reason": "Spare parts for north-l1-motor-01",
                         "lines": [{"material": "BRG-6204", "quantity": 2}, {"material": "GREASE EP2/Li", "quantity": 1}]}
                        """.formatted(EPISODE))));
    }

    @Test
    void proposesAWindowWithUrgencyAndDurationInMinutes() {
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/schedule/windows"))).willReturn(okJson("""
                {"windowId": "W-9", "from": "2024-05-15T06:00:00+02:00", "to": "2024-05-15T08:30:00+02:00"}""")));

        MaintenanceWindow window = connector.proposeWindow(new WindowRequest(EPISODE, MOTOR, "l1", Severity.TRIP,
                Instant.parse("2024-05-15T00:00:00Z"), Duration.ofMinutes(150)));

        assertThat(window).isEqualTo(new MaintenanceWindow("W-9", EPISODE, Instant.parse("2024-05-15T04:00:00Z"),
                Instant.parse("2024-05-15T06:30:00Z")));
        acme.server.verify(postRequestedFor(urlEqualTo(API + "/schedule/windows")).withRequestBody(equalToJson("""
                {"externalRef": "%s", "assetTag": "north-l1-motor-01", "line": "l1", "urgency": "immediate",
                 "notBefore": "2024-05-15T00:00:00Z", "durationMinutes": 150}""".formatted(EPISODE))));
    }

    @Test
    void findsAWindowByReference() {
        acme.answerGet("/schedule/windows", Map.of("externalRef", EPISODE), """
                {"items": [{"windowId": "W-9", "from": "2024-05-15T04:00:00Z", "to": 1715754600000}]}""");

        assertThat(connector.findWindow(EPISODE)).contains(new MaintenanceWindow("W-9", EPISODE,
                Instant.parse("2024-05-15T04:00:00Z"), Instant.ofEpochMilli(1715754600000L)));
    }

    @Test
    void dispatchesATechnicianWithTheCallbackAndFindsTheAssignmentCompletedLater() {
        acme.server.stubFor(authorized(post(urlEqualTo(API + "/dispatches"))).willReturn(okJson("""
                {"dispatchId": "D-31", "technician": {"name": "R. Okafor"}, "state": "ASSIGNED"}""")));
        acme.answerGet("/dispatches", Map.of("externalRef", EPISODE), """
                {"items": [{"dispatchId": "D-31", "technician": {"name": "R. Okafor"}, "state": "DONE"}]}""");

        AssignmentRecord assigned = connector.dispatch(new DispatchRequest(EPISODE, MOTOR, "WR-1003", "W-9",
                "Replace drive-end bearing", URI.create("https://hub.acme.example/api/v1/field-service/callbacks")));

        assertThat(assigned).isEqualTo(new AssignmentRecord("D-31", EPISODE, "R. Okafor", false));
        assertThat(connector.findAssignment(EPISODE)).contains(new AssignmentRecord("D-31", EPISODE, "R. Okafor", true));
        acme.server.verify(postRequestedFor(urlEqualTo(API + "/dispatches"))
                .withHeader("Idempotency-Key", equalTo("millwright-" + EPISODE + "-dispatch"))
                .withRequestBody(equalToJson("""
                        {"externalRef": "%s", "assetTag": "north-l1-motor-01", "workRequest": "WR-1003", "window": "W-9",
                         "notes": "Replace drive-end bearing",
                         "callback": "https://hub.acme.example/api/v1/field-service/callbacks"}""".formatted(EPISODE))));
    }
}
