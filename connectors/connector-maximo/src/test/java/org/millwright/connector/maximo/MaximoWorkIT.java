package org.millwright.connector.maximo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.maximo.MaximoStub.BEARING;
import static org.millwright.connector.maximo.MaximoStub.MOTOR;
import static org.millwright.connector.maximo.MaximoStub.OS;

import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.WorkRecord;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

/** The work-management port against a stub of {@code mxapiwo} and {@code mxapisr}. */
class MaximoWorkIT {
    private static final String REFERENCE = "EP-7F3A9C2E11AB";
    private static final String BY_REFERENCE = "externalrefid=\"" + REFERENCE + "\" and siteid=\"BEDFORD\"";
    private static final String TRANSACTION = "millwright-" + REFERENCE + "-create-mxapiwo";
    private static MaximoStub maximo;

    @BeforeAll
    static void start() {
        maximo = new MaximoStub();
    }

    @AfterAll
    static void stop() {
        maximo.close();
    }

    @BeforeEach
    void reset() {
        maximo.server.resetAll();
    }

    @Test
    void createsAWorkOrderWithApiKeyLeanPropertiesAndTransactionId() {
        maximo.query("mxapiwo", BY_REFERENCE);
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapiwo")).withQueryParam("lean", equalTo("1"))
                .withHeader("apikey", equalTo(MaximoStub.API_KEY))
                .withHeader("properties", equalTo("wonum,siteid,status,assetnum,problemcode,externalrefid,href"))
                .withHeader("transactionid", equalTo(TRANSACTION))
                .willReturn(aResponse().withStatus(201).withHeader("Location", maximo.href("mxapiwo", "_QkVERk9SRC8xMzI2"))
                        .withHeader("Content-Type", "application/json")
                        .withBody(workOrder("1326", "WAPPR", "BRGWEAR"))));

        WorkRecord work = maximo.connector().createNotification(request(Severity.ALARM));

        assertThat(work).isEqualTo(new WorkRecord("1326", REFERENCE, MOTOR, BEARING, true));
        maximo.server.verify(postRequestedFor(urlPathEqualTo(OS + "mxapiwo")).withRequestBody(equalToJson("""
                {"siteid":"BEDFORD","orgid":"EAGLENA","assetnum":"11430",
                 "description":"Motor 1 vibration above zone B (EP-7F3A9C2E11AB)",
                 "description_longdescription":"RMS velocity 7.1 mm/s at 08:15","wopriority":2,"worktype":"CM",
                 "reportedby":"IOTHUB","problemcode":"BRGWEAR","externalrefid":"EP-7F3A9C2E11AB"}""")));
    }

    @Test
    void answersA409OnTheTransactionIdWithTheWorkOrderMaximoAlreadyHolds() {
        maximo.server.stubFor(maximo.queried("mxapiwo", BY_REFERENCE).inScenario("retry").whenScenarioStateIs(STARTED)
                .willReturn(okJson(MaximoStub.collection())));
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapiwo")).withHeader("transactionid", equalTo(TRANSACTION))
                .inScenario("retry").whenScenarioStateIs(STARTED).willSetStateTo("committed")
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                        .withBody(MaximoStub.error("BMXAA9549E", "The transaction was already processed", 409))));
        maximo.server.stubFor(maximo.queried("mxapiwo", BY_REFERENCE).inScenario("retry")
                .whenScenarioStateIs("committed").willReturn(okJson(MaximoStub.collection(
                        workOrder("1326", "WAPPR", "BRGWEAR")))));

        WorkRecord work = maximo.connector().createNotification(request(Severity.ALARM));

        assertThat(work).isEqualTo(new WorkRecord("1326", REFERENCE, MOTOR, BEARING, true));
        maximo.server.verify(1, postRequestedFor(urlPathEqualTo(OS + "mxapiwo")));
    }

    @Test
    void reportsA409WhoseRecordIsNotYetVisibleAsRetriable() {
        maximo.query("mxapiwo", BY_REFERENCE);
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapiwo")).willReturn(aResponse().withStatus(409)
                .withBody(MaximoStub.error("BMXAA9549E", "The transaction was already processed", 409))));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> maximo.connector().createNotification(request(Severity.ALARM)));

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.upstreamMessage()).contains("409").contains(REFERENCE);
    }

    @Test
    void returnsTheExistingWorkOrderWithoutPostingWhenTheReferenceIsKnown() {
        maximo.query("mxapiwo", BY_REFERENCE, workOrder("1326", "APPR", "BRGWEAR"));

        WorkRecord work = maximo.connector().createNotification(request(Severity.TRIP));

        assertThat(work.id()).isEqualTo("1326");
        maximo.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void readsTheCreatedRecordFromLocationWhenMaximoSendsNoBody() {
        maximo.query("mxapiwo", BY_REFERENCE);
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapiwo")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", maximo.href("mxapiwo", "_QkVERk9SRC8xMzI3"))));
        maximo.server.stubFor(get(urlPathEqualTo(OS + "mxapiwo/_QkVERk9SRC8xMzI3")).withQueryParam("lean", equalTo("1"))
                .withHeader("apikey", equalTo(MaximoStub.API_KEY))
                .willReturn(okJson(workOrder("1327", "WAPPR", "BRGWEAR"))));

        assertThat(maximo.connector().createNotification(request(Severity.ALARM)).id()).isEqualTo("1327");
    }

    @Test
    void mapsMaximosErrorBodyToAPermanentFailureWithItsText() {
        maximo.query("mxapiwo", BY_REFERENCE);
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapiwo")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(MaximoStub.error("BMXAA4153E", "BEDFORD is not a valid site.", 400))));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> maximo.connector().createNotification(request(Severity.ALARM)));

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        assertThat(failure.system()).isEqualTo("maximo");
        assertThat(failure.upstreamMessage()).contains("BMXAA4153E - BEDFORD is not a valid site.");
    }

    @Test
    void classifiesAnUnavailableMaximoAsRetriable() {
        maximo.server.stubFor(get(urlPathEqualTo(OS + "mxapiwo")).willReturn(aResponse().withStatus(503)
                .withBody("Service Unavailable")));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> maximo.connector().findByExternalReference(REFERENCE));

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.upstreamMessage()).contains("Service Unavailable");
    }

    @Test
    void findsOpenWorkByAssetStatusWorkTypeAndProblemCode() {
        maximo.query("mxapiwo", "assetnum=\"11430\" and siteid=\"BEDFORD\" and status in "
                + "[\"APPR\",\"INPRG\",\"WAPPR\",\"WMATL\"] and worktype=\"CM\" and problemcode=\"BRGWEAR\"",
                workOrder("1326", "INPRG", "BRGWEAR"));

        assertThat(maximo.connector().findOpenWork(MOTOR, BEARING))
                .contains(new WorkRecord("1326", REFERENCE, MOTOR, BEARING, true));
    }

    @Test
    void completesAnOpenWorkOrderThroughChangeStatusOnItsHref() {
        maximo.query("mxapiwo", "wonum=\"1326\" and siteid=\"BEDFORD\"", workOrder("1326", "INPRG", "BRGWEAR"));
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapiwo/_QkVERk9SRC8xMzI2"))
                .withQueryParam("action", equalTo("wsmethod:changeStatus")).withQueryParam("lean", equalTo("1"))
                .withHeader("x-method-override", equalTo("PATCH")).withHeader("apikey", equalTo(MaximoStub.API_KEY))
                .withHeader("transactionid", equalTo("millwright-" + REFERENCE + "-complete-mxapiwo"))
                .withRequestBody(equalToJson("{\"status\":\"COMP\",\"memo\":\"Completed; Millwright episode "
                        + REFERENCE + "\"}")).willReturn(aResponse().withStatus(204)));

        maximo.connector().completeNotification("1326", REFERENCE);

        maximo.server.verify(1, postRequestedFor(urlPathEqualTo(OS + "mxapiwo/_QkVERk9SRC8xMzI2")));
    }

    @Test
    void completingAWorkOrderThatIsNoLongerOpenSendsNothing() {
        maximo.query("mxapiwo", "wonum=\"1326\" and siteid=\"BEDFORD\"", workOrder("1326", "COMP", "BRGWEAR"));

        maximo.connector().completeNotification("1326", REFERENCE);

        maximo.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void createsAServiceRequestWhenConfiguredSo() {
        maximo.query("mxapisr", BY_REFERENCE);
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapisr")).withQueryParam("lean", equalTo("1"))
                .withHeader("transactionid", equalTo("millwright-" + REFERENCE + "-create-mxapisr"))
                .withHeader("properties", equalTo("ticketid,siteid,status,assetnum,problemcode,externalrefid,href"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"ticketid\":\"1210\",\"status\":\"NEW\",\"assetnum\":\"11430\","
                                + "\"href\":\"" + maximo.href("mxapisr", "_MTIxMA--") + "\"}")));
        MaximoConnector serviceRequests = new MaximoConnector(maximo.config(MaximoConfig.WorkObject.SERVICE_REQUEST),
                Clock.systemUTC());

        WorkRecord work = serviceRequests.createNotification(request(Severity.WARNING));

        assertThat(work).isEqualTo(new WorkRecord("1210", REFERENCE, MOTOR, BEARING, true));
        maximo.server.verify(postRequestedFor(urlPathEqualTo(OS + "mxapisr")).withRequestBody(equalToJson("""
                {"siteid":"BEDFORD","orgid":"EAGLENA","assetnum":"11430",
                 "description":"Motor 1 vibration above zone B (EP-7F3A9C2E11AB)",
                 "description_longdescription":"RMS velocity 7.1 mm/s at 08:15","reportedpriority":3,
                 "reportedby":"IOTHUB","externalrefid":"EP-7F3A9C2E11AB"}""")));
    }

    @Test
    void refusesWorkForAnAssetWithoutMaximoLink() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> maximo.connector()
                .findOpenWork(AssetId.of("south-l9-pump-99"), FailureMode.of("cavitation")));

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        assertThat(failure.upstreamMessage()).contains("no Maximo asset is configured for asset south-l9-pump-99");
    }

    private static NotificationRequest request(Severity severity) {
        return new NotificationRequest(REFERENCE, MOTOR, BEARING, severity, "Motor 1 vibration above zone B",
                "RMS velocity 7.1 mm/s at 08:15");
    }

    private static String workOrder(String wonum, String status, String problemCode) {
        return """
                {"wonum":"%s","siteid":"BEDFORD","status":"%s","assetnum":"11430","problemcode":"%s",
                 "externalrefid":"%s","_rowstamp":"36654","href":"%s"}"""
                .formatted(wonum, status, problemCode, REFERENCE, maximo.href("mxapiwo", "_QkVERk9SRC8xMzI2"));
    }
}
