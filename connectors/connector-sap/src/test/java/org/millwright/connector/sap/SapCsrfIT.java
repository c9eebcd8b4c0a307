package org.millwright.connector.sap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.sap.SapStub.NOTIFICATIONS;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.WorkRecord;
import org.millwright.model.Severity;

/** The CSRF handshake and the classification of SAP's answers, on the notification create. */
class SapCsrfIT {
    private static final String REFERENCE = "EP-7F3A9C2E11AB";
    private static final String CREATE = NOTIFICATIONS + "MaintenanceNotification";
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
        sap.query(CREATE, "MaintNotifExtReferenceNumber eq '" + REFERENCE + "'");
    }

    @Test
    void sendsTheFetchedTokenWithTheSessionCookieOnCreate() {
        sap.csrf(NOTIFICATIONS, "T1");
        sap.server.stubFor(post(urlEqualTo(CREATE)).withHeader("x-csrf-token", equalTo("T1"))
                .withCookie(SapStub.COOKIE, equalTo("session-T1")).withBasicAuth(SapStub.USER, SapStub.PASSWORD)
                .willReturn(created("10000123")));

        WorkRecord work = sap.connector().createNotification(request());

        assertThat(work.id()).isEqualTo("10000123");
        sap.server.verify(1, getRequestedFor(urlEqualTo(NOTIFICATIONS)).withHeader("x-csrf-token", equalTo("Fetch")));
    }

    @Test
    void refetchesTheTokenExactlyOnceWhenSapAnswersRequired() {
        sap.server.stubFor(get(urlEqualTo(NOTIFICATIONS))
                .inScenario("csrf").whenScenarioStateIs(STARTED).willSetStateTo("expired")
                .willReturn(aResponse().withHeader("x-csrf-token", "OLD")
                        .withHeader("Set-Cookie", SapStub.COOKIE + "=session-OLD; Path=/")));
        sap.server.stubFor(get(urlEqualTo(NOTIFICATIONS))
                .inScenario("csrf").whenScenarioStateIs("expired")
                .willReturn(aResponse().withHeader("x-csrf-token", "NEW")
                        .withHeader("Set-Cookie", SapStub.COOKIE + "=session-NEW; Path=/")));
        sap.server.stubFor(post(urlEqualTo(CREATE)).withHeader("x-csrf-token", equalTo("OLD"))
                .willReturn(aResponse().withStatus(403).withHeader("x-csrf-token", "Required")
                        .withBody("CSRF token validation failed")));
        sap.server.stubFor(post(urlEqualTo(CREATE)).withHeader("x-csrf-token", equalTo("NEW"))
                .withCookie(SapStub.COOKIE, equalTo("session-NEW")).willReturn(created("10000124")));

        WorkRecord work = sap.connector().createNotification(request());

        assertThat(work.id()).isEqualTo("10000124");
        sap.server.verify(2, getRequestedFor(urlEqualTo(NOTIFICATIONS)));
        sap.server.verify(2, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void givesUpRetriablyAfterOneRefetchWhenTheTokenIsStillRejected() {
        sap.csrf(NOTIFICATIONS, "T1");
        sap.server.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(403)
                .withHeader("x-csrf-token", "Required").withBody("CSRF token validation failed")));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> sap.connector().createNotification(request()));

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.upstreamMessage()).contains("CSRF token validation failed");
        sap.server.verify(2, getRequestedFor(urlEqualTo(NOTIFICATIONS)));
        sap.server.verify(2, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void keepsTheTokenForLaterModifyingRequests() {
        sap.csrf(NOTIFICATIONS, "T1");
        sap.query(CREATE, "MaintNotifExtReferenceNumber eq 'EP-000000000002'");
        sap.server.stubFor(post(urlEqualTo(CREATE)).withHeader("x-csrf-token", equalTo("T1"))
                .willReturn(created("10000125")));
        SapConnector connector = sap.connector();

        connector.createNotification(request());
        connector.createNotification(new NotificationRequest("EP-000000000002", SapStub.MOTOR, SapStub.BEARING,
                Severity.ALARM, "Vibration", "Evidence"));

        sap.server.verify(1, getRequestedFor(urlEqualTo(NOTIFICATIONS)));
        sap.server.verify(2, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void mapsTheSapErrorBodyOfA400ToAPermanentFailureWithSapsText() {
        sap.csrf(NOTIFICATIONS, "T1");
        sap.server.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(SapStub.error("IW/101", "Notification type M2 is not defined"))));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> sap.connector().createNotification(request()));

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        assertThat(failure.system()).isEqualTo("sap-s4");
        assertThat(failure.operation()).isEqualTo("createNotification");
        assertThat(failure.upstreamMessage()).contains("IW/101: Notification type M2 is not defined")
                .contains("See transaction /IWFND/ERROR_LOG");
    }

    @Test
    void classifiesServiceUnavailableAndTooManyRequestsAsRetriable() {
        sap.csrf(NOTIFICATIONS, "T1");
        sap.server.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(503)
                .withBody(SapStub.error("/IWFND/CM_BEC/026", "SAP system is down for maintenance"))));
        ConnectorException unavailable = catchThrowableOfType(ConnectorException.class,
                () -> sap.connector().createNotification(request()));

        sap.server.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(429).withBody("slow down")));
        ConnectorException throttled = catchThrowableOfType(ConnectorException.class,
                () -> sap.connector().createNotification(request()));

        assertThat(unavailable.isRetriable()).isTrue();
        assertThat(unavailable.upstreamMessage()).contains("SAP system is down for maintenance");
        assertThat(throttled.isRetriable()).isTrue();
        assertThat(throttled.upstreamMessage()).contains("slow down");
    }

    @Test
    void treatsARefusedConnectionAsRetriable() {
        SapStub gone = new SapStub();
        SapConnector connector = gone.connector();
        gone.close();

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.findByExternalReference(REFERENCE));

        assertThat(failure.isRetriable()).isTrue();
    }

    @Test
    void sendsTheSapClientOnEveryRequestIncludingTheFetch() {
        SapConfig config = sap.config();
        SapConfig.Connection connection = config.connection();
        SapConfig withClient = new SapConfig(new SapConfig.Connection(connection.serviceRoot(), connection.user(),
                connection.password(), connection.requestTimeout(), Optional.of("100")),
                config.notifications(), config.stock(), config.reservations(), config.requisitions(),
                config.equipment());
        sap.server.stubFor(get(urlEqualTo(NOTIFICATIONS
                + "?sap-client=100")).willReturn(aResponse().withHeader("x-csrf-token", "C100")));
        sap.server.stubFor(get(
                urlPathEqualTo(CREATE))
                .withQueryParam("sap-client", equalTo("100")).willReturn(
                        okJson(SapStub.collection())));
        sap.server.stubFor(post(urlEqualTo(CREATE + "?sap-client=100")).withHeader("x-csrf-token", equalTo("C100"))
                .willReturn(created("10000126")));

        WorkRecord work = new SapConnector(withClient, Clock.systemUTC()).createNotification(request());

        assertThat(work.id()).isEqualTo("10000126");
        sap.server.verify(postRequestedFor(urlEqualTo(CREATE + "?sap-client=100"))
                .withHeader("Content-Type", matching("application/json.*")));
    }

    private static NotificationRequest request() {
        return new NotificationRequest(REFERENCE, SapStub.MOTOR, SapStub.BEARING, Severity.ALARM,
                "Motor 1 vibration above zone B", "RMS velocity 7.1 mm/s at 08:15");
    }

    private static ResponseDefinitionBuilder created(String id) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withHeader("Location", NOTIFICATIONS + "MaintenanceNotification('" + id + "')")
                .withBody("{\"d\":{\"__metadata\":{\"type\":\"cds_api_maintnotification.MaintenanceNotificationType\"},"
                        + "\"MaintenanceNotification\":\"" + id + "\",\"MaintNotifExtReferenceNumber\":\"" + REFERENCE
                        + "\",\"TechnicalObject\":\"000000000210100094\",\"TechnicalObjectLabel\":\"210100094\","
                        + "\"NotifProcessingPhase\":\"1\",\"CreationDate\":\"/Date(1715644800000)/\"}}");
    }
}
