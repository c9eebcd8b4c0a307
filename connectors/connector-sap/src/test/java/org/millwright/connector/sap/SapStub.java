package org.millwright.connector.sap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.millwright.connector.SparePart;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.Severity;
import org.millwright.model.SupportType;

/**
 * A WireMock contract stub of the SAP S/4HANA OData V2 services on 127.0.0.1, reproducing the documented
 * quirks (CSRF handshake with session cookie, {@code d}/{@code results} wrappers, Gateway error bodies).
 */
final class SapStub implements AutoCloseable {
    static final String ROOT = "/sap/opu/odata/sap/";
    static final String NOTIFICATIONS = ROOT + "API_MAINTNOTIFICATION/";
    static final String RESERVATIONS = ROOT + "API_RESERVATION_DOCUMENT_SRV/";
    static final String REQUISITIONS = ROOT + "API_PURCHASEREQ_PROCESS_SRV/";
    static final String STOCK = ROOT + "API_MATERIAL_STOCK_SRV/";
    static final String EQUIPMENT = ROOT + "API_EQUIPMENT/";
    static final String USER = "IOT_HUB";
    static final String PASSWORD = "s3cret";
    static final String COOKIE = "SAP_SESSIONID_S4H_100";
    static final Instant NOW = Instant.parse("2024-05-14T08:15:00Z");
    static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    static final FailureMode BEARING = FailureMode.of("bearing-wear");
    static final FailureMode OVERHEATING = FailureMode.of("overheating");

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    SapStub() {
        server.start();
    }

    SapConnector connector() {
        return new SapConnector(config(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    SapConfig config() {
        Asset motor = new Asset(MOTOR, "Motor 1 (configured)", AssetClass.MOTOR,
                new Isa95Location("acme", "north", "press-shop", "l1"), MachineGroup.GROUP_2, SupportType.RIGID);
        return new SapConfig(
                new SapConfig.Connection(URI.create(server.baseUrl() + ROOT), USER, PASSWORD, Duration.ofSeconds(5),
                        Optional.empty()),
                new SapConfig.Notifications("API_MAINTNOTIFICATION", "M2", Map.of(Severity.TRIP, "1",
                        Severity.ALARM, "2", Severity.WARNING, "3", Severity.ADVISORY, "4"), Optional.of("1710"),
                        Optional.of("RES-0100"), Optional.of(USER),
                        Map.of(BEARING, new SapConfig.CatalogCode("PM-VIB", "0010")), Set.of("4", "5")),
                new SapConfig.Stock("API_MATERIAL_STOCK_SRV", "01", Optional.of("171A")),
                new SapConfig.Reservations("API_RESERVATION_DOCUMENT_SRV", "201", "17101101", Optional.of("171A")),
                new SapConfig.Requisitions("API_PURCHASEREQ_PROCESS_SRV", "NB", "1710", "001", Optional.of("1710"),
                        "millwright-test", Duration.ofDays(7)),
                new SapConfig.Equipment("API_EQUIPMENT", Map.of(MOTOR, new SapEquipmentLink("210100094", motor,
                        Map.of(BEARING, List.of(new SparePart("BRG-6204-2RS", 2)))))));
    }

    /** The CSRF fetch on a service root: 200 with a token and the session cookie it belongs to. */
    void csrf(String servicePath, String token) {
        server.stubFor(get(urlEqualTo(servicePath)).withHeader("x-csrf-token", equalTo("Fetch"))
                .withBasicAuth(USER, PASSWORD)
                .willReturn(aResponse().withStatus(200).withHeader("x-csrf-token", token)
                        .withHeader("Set-Cookie", COOKIE + "=session-" + token + "; Path=/; HttpOnly")
                        .withHeader("Content-Type", "application/json").withBody("{\"d\":{\"EntitySets\":[]}}")));
    }

    /** A {@code $filter} query on an entity set that answers with these rows. */
    void query(String entitySetPath, String filter, String... rows) {
        server.stubFor(filtered(entitySetPath, filter).willReturn(okJson(collection(rows))));
    }

    MappingBuilder filtered(String entitySetPath, String filter) {
        return get(urlPathEqualTo(entitySetPath)).withQueryParam("$filter", equalTo(filter))
                .withBasicAuth(USER, PASSWORD);
    }

    static String collection(String... rows) {
        return "{\"d\":{\"results\":[" + String.join(",", rows) + "]}}";
    }

    static String error(String code, String message) {
        return """
                {"error":{"code":"%s","message":{"lang":"en","value":"%s"},"innererror":{"transactionid":"8A1F",
                "timestamp":"20240514080102.1234560","errordetails":[{"code":"%s","message":"%s","severity":"error"},
                {"code":"IW/099","message":"See transaction /IWFND/ERROR_LOG","severity":"info"}]}}}"""
                .formatted(code, message, code, message);
    }

    @Override
    public void close() {
        server.stop();
    }
}
