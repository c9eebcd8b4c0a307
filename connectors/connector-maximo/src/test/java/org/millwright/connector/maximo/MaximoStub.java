package org.millwright.connector.maximo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
 * A WireMock contract stub of Maximo's REST API on 127.0.0.1: it answers only requests with the API key and
 * {@code lean=1}, in the lean JSON shapes and with the {@code Error} body of the reference.
 */
final class MaximoStub implements AutoCloseable {
    static final String OS = "/maximo/api/os/";
    static final String API_KEY = "k3y-for-tests";
    static final Instant NOW = Instant.parse("2024-05-14T08:15:00Z");
    static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    static final FailureMode BEARING = FailureMode.of("bearing-wear");

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    MaximoStub() {
        server.start();
    }

    MaximoConnector connector() {
        return new MaximoConnector(config(MaximoConfig.WorkObject.WORK_ORDER), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    MaximoConfig config(MaximoConfig.WorkObject object) {
        Asset motor = new Asset(MOTOR, "Motor 1 (configured)", AssetClass.MOTOR,
                new Isa95Location("acme", "north", "press-shop", "l1"), MachineGroup.GROUP_2, SupportType.RIGID);
        Map<Severity, Integer> priorities = Map.of(Severity.TRIP, 1, Severity.ALARM, 2, Severity.WARNING, 3,
                Severity.ADVISORY, 4);
        MaximoConfig.Work work = object == MaximoConfig.WorkObject.WORK_ORDER
                ? new MaximoConfig.Work(object, Optional.of("CM"), Set.of("WAPPR", "APPR", "INPRG", "WMATL"), "COMP",
                        priorities, Optional.of("IOTHUB"), Map.of(BEARING, "BRGWEAR"))
                : new MaximoConfig.Work(object, Optional.empty(), Set.of("NEW", "QUEUED", "INPROG"), "RESOLVED",
                        priorities, Optional.of("IOTHUB"), Map.of());
        return new MaximoConfig(new MaximoConfig.Connection(URI.create(server.baseUrl() + "/maximo/api/"), API_KEY,
                Duration.ofSeconds(5)), "BEDFORD", Optional.of("EAGLENA"), "externalrefid", work,
                Map.of("1710", "CENTRAL"), Duration.ofDays(7),
                Map.of(MOTOR, new MaximoAssetLink("11430", motor, Map.of(BEARING,
                        List.of(new SparePart("BRG-6204", 2))))), MaximoConfig.DEFAULT_ASSET_STATUSES);
    }

    /** A lean query on an object structure with this {@code oslc.where}, answering these members. */
    void query(String objectStructure, String where, String... members) {
        server.stubFor(queried(objectStructure, where).willReturn(okJson(collection(members))));
    }

    MappingBuilder queried(String objectStructure, String where) {
        return get(urlPathEqualTo(OS + objectStructure)).withQueryParam("lean", equalTo("1"))
                .withQueryParam("oslc.where", equalTo(where)).withHeader("apikey", equalTo(API_KEY));
    }

    String href(String objectStructure, String restId) {
        return server.baseUrl() + OS + objectStructure + "/" + restId;
    }

    static String collection(String... members) {
        return "{\"member\":[" + String.join(",", members) + "],\"responseInfo\":{\"pagenum\":1}}";
    }

    static String error(String reasonCode, String message, int status) {
        return """
                {"Error":{"errorattrname":"siteid","extendedError":{"moreInfo":{"href":"x/%s"}},"errorobjpath":"workorder",
                 "correlationid":null,"reasonCode":"%s","message":"%s - %s","statusCode":"%d"}}"""
                .formatted(reasonCode, reasonCode, reasonCode, message, status);
    }

    @Override
    public void close() {
        server.stop();
    }
}
