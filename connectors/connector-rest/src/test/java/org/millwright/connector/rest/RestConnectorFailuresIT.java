package org.millwright.connector.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.rest.AcmeCmms.API;
import static org.millwright.connector.rest.AcmeCmms.BEARING;
import static org.millwright.connector.rest.AcmeCmms.EPISODE;
import static org.millwright.connector.rest.AcmeCmms.MOTOR;
import static org.millwright.connector.rest.AcmeCmms.acmeError;
import static org.millwright.connector.rest.AcmeCmms.authorized;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.NotificationRequest;
import org.millwright.model.Severity;

/** Every failure is classified, once, with the system's own words; lookups tell "not found" from failure. */
class RestConnectorFailuresIT {
    private static final NotificationRequest REQUEST = new NotificationRequest(EPISODE, MOTOR, BEARING,
            Severity.ALARM, "Bearing wear", "Velocity 7.4 mm/s");

    private final AcmeCmms acme = new AcmeCmms();
    private final RestConnector connector = acme.connector();

    @AfterEach
    void stop() {
        acme.close();
    }

    @Test
    void unavailableIsRetriableAndSentOnlyOnce() {
        acme.server.stubFor(post(urlEqualTo(API + "/work-requests"))
                .willReturn(acmeError(503, "MAINTENANCE", "Acme CMMS is in a maintenance window until 09:00")));

        ConnectorException failure = createFails();

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.system()).isEqualTo("acme-cmms");
        assertThat(failure.operation()).isEqualTo("createNotification");
        assertThat(failure.upstreamMessage()).isEqualTo("HTTP 503: Acme CMMS is in a maintenance window until 09:00");
        acme.server.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void badRequestIsPermanentWithAcmesOwnErrorText() {
        acme.server.stubFor(post(urlEqualTo(API + "/work-requests"))
                .willReturn(acmeError(400, "ASSET_DECOMMISSIONED", "Asset north-l1-motor-01 is decommissioned")));

        ConnectorException failure = createFails();

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        assertThat(failure.upstreamMessage()).isEqualTo("HTTP 400: Asset north-l1-motor-01 is decommissioned");
    }

    @Test
    void tooManyRequestsIsRetriableAndAProxysPageIsKeptAsTheText() {
        acme.server.stubFor(post(urlEqualTo(API + "/work-requests")).willReturn(aResponse().withStatus(429)
                .withBody("<html><body>rate limited by gateway</body></html>")));

        ConnectorException failure = createFails();

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.upstreamMessage()).isEqualTo("HTTP 429: <html><body>rate limited by gateway</body></html>");
    }

    @Test
    void aConflictOnCreateIsPermanent() {
        acme.server.stubFor(post(urlEqualTo(API + "/work-requests"))
                .willReturn(acmeError(409, "DUPLICATE", "externalRef already used by WR-1001")));

        assertThat(createFails().isRetriable()).isFalse();
    }

    @Test
    void noAnswerWithinTheTimeoutIsRetriable() {
        acme.server.stubFor(post(urlEqualTo(API + "/work-requests")).willReturn(okJson("{\"number\": \"WR-1\"}")
                .withFixedDelay(5_000)));
        RestConnector impatient = acme.connector(AcmeCmms.mapping(), Duration.ofMillis(300));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> impatient.createNotification(REQUEST));

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.upstreamMessage()).startsWith("no answer within 300 ms to POST http://127.0.0.1:");
    }

    @Test
    void aRefusedConnectionIsRetriable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RestConnector unreachable = new RestConnector(AcmeCmms.mapping(),
                URI.create("http://127.0.0.1:" + closedPort + API), Duration.ofSeconds(2), AcmeCmms.CLOCK);

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> unreachable.findByExternalReference(EPISODE));

        assertThat(failure.isRetriable()).isTrue();
        assertThat(failure.upstreamMessage()).startsWith("connection refused: GET http://127.0.0.1:" + closedPort);
    }

    @Test
    void anOperationTheMappingLeavesOutIsPermanentAndSendsNothing() {
        RestMapping assetsOnly = RestMapping.parse("""
                system: tiny-eam
                operations:
                  updateStatus: {method: PUT, url: "/assets/{{asset}}/status", body: {status: "{{status}}"}}
                """, "tiny-eam.yaml", name -> null);

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> acme.connector(assetsOnly, Duration.ofSeconds(1)).findWindow(EPISODE));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.system()).isEqualTo("tiny-eam");
        assertThat(failure.upstreamMessage()).isEqualTo("operation findWindow is not mapped in tiny-eam.yaml");
        acme.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anAnswerThatDoesNotFitTheMappingIsPermanentAndNamesTheField() {
        acme.answerGet("/work-requests", Map.of("externalRef", EPISODE), """
                {"items": [{"number": "WR-1002", "externalRef": "%s", "assetTag": "north-l1-motor-01",
                            "problemCode": "bearing-wear"}]}""".formatted(EPISODE));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.findByExternalReference(EPISODE));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).isEqualTo("the answer does not fit the mapping: field 'open': the"
                + " answer has no value at /status");
    }

    @Test
    void anAnswerThatIsNotJsonIsPermanent() {
        acme.server.stubFor(authorized(get(urlPathEqualTo(API + "/reservations")))
                .willReturn(aResponse().withStatus(200).withBody("<html>login</html>")));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.findReservation(EPISODE));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).startsWith("the answer (HTTP 200) is not JSON");
    }

    @Test
    void aRedirectIsNotFollowedSoTheTokenStaysWithTheCmms() {
        acme.server.stubFor(authorized(get(urlPathEqualTo(API + "/reservations"))).willReturn(aResponse()
                .withStatus(302).withHeader("Location", "https://login.elsewhere.example/sso")));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.findReservation(EPISODE));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).isEqualTo("HTTP 302: (empty body) (redirected to"
                + " https://login.elsewhere.example/sso; redirects are not followed, fix the base URL)");
    }

    @Test
    void noContentAndAMissingListMeanNotFound() {
        acme.server.stubFor(authorized(get(urlPathEqualTo(API + "/dispatches"))).willReturn(aResponse().withStatus(204)));
        acme.answerGet("/schedule/windows", Map.of("externalRef", EPISODE), "{\"total\": 0}");

        assertThat(connector.findAssignment(EPISODE)).isEmpty();
        assertThat(connector.findWindow(EPISODE)).isEmpty();
    }

    @Test
    void aValueThatWouldInjectAHeaderIsRefusedBeforeSending() {
        NotificationRequest injecting = new NotificationRequest("ep-1\r\nX-Admin: yes", MOTOR, BEARING,
                Severity.ALARM, "Bearing wear", "evidence");

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> connector.createNotification(injecting));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.upstreamMessage()).contains("header Idempotency-Key would contain a control character");
        acme.server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anOperationsOwnErrorPolicyOverridesTheFilesDefault() {
        RestMapping strict = RestMapping.parse("""
                errors: {retriable: [503], message: $.detail}
                operations:
                  stock:
                    method: GET
                    url: /stock/{{material}}
                    errors: {retriable: ["500-504", 409]}
                    response: {fields: {available: /qty}}
                  findReservation:
                    method: GET
                    url: /reservations/{{externalReference}}
                    response: {fields: {id: /id}}
                """, "strict.yaml", name -> null);
        RestConnector strictConnector = acme.connector(strict, Duration.ofSeconds(2));
        acme.server.stubFor(get(urlPathEqualTo(API + "/stock/M-1")).willReturn(aResponse().withStatus(409)
                .withBody("{\"detail\": \"stock is being counted\"}")));
        acme.server.stubFor(get(urlPathEqualTo(API + "/reservations/" + EPISODE)).willReturn(aResponse()
                .withStatus(500).withBody("{\"detail\": \"NullPointerException\"}")));

        ConnectorException stock = catchThrowableOfType(ConnectorException.class,
                () -> strictConnector.stock("M-1", "1710"));
        ConnectorException reservation = catchThrowableOfType(ConnectorException.class,
                () -> strictConnector.findReservation(EPISODE));

        assertThat(stock.isRetriable()).isTrue();
        assertThat(stock.upstreamMessage()).isEqualTo("HTTP 409: stock is being counted");
        assertThat(reservation.isRetriable()).isFalse();
        assertThat(reservation.upstreamMessage()).isEqualTo("HTTP 500: NullPointerException");
    }

    private ConnectorException createFails() {
        return catchThrowableOfType(ConnectorException.class, () -> connector.createNotification(REQUEST));
    }
}
