package org.millwright.connector.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/**
 * The fictional Acme CMMS (API v2) as a WireMock server on 127.0.0.1, and a {@link RestConnector} wired to it
 * through the shipped example mapping {@code examples/acme-cmms.yaml}. Stubs demand the bearer token, so a request
 * that lost its credentials is not answered.
 */
final class AcmeCmms implements AutoCloseable {
    static final String API = "/api/v2";
    static final String TOKEN = "acme-t0ken-for-tests";
    static final Map<String, String> ENVIRONMENT = Map.of("ACME_CMMS_TOKEN", TOKEN);
    static final Instant NOW = Instant.parse("2024-05-14T08:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    static final FailureMode BEARING = FailureMode.of("bearing-wear");
    static final String EPISODE = "ep-north-l1-motor-01-bearing-wear-1";

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    AcmeCmms() {
        server.start();
    }

    static Path exampleMapping() {
        try {
            return Path.of(AcmeCmms.class.getResource("/examples/acme-cmms.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RestMapping mapping() {
        return RestMapping.load(exampleMapping(), ENVIRONMENT::get);
    }

    RestConnector connector() {
        return connector(mapping(), Duration.ofSeconds(5));
    }

    RestConnector connector(RestMapping mapping, Duration timeout) {
        return new RestConnector(mapping, URI.create("http://127.0.0.1:" + server.port() + API), timeout, CLOCK);
    }

    /** A request as the mapping must send it: with the bearer token. */
    static MappingBuilder authorized(MappingBuilder request) {
        return request.withHeader("Authorization", equalTo("Bearer " + TOKEN));
    }

    /** GET on a path with these query parameters answering this JSON. */
    void answerGet(String path, Map<String, String> query, String json) {
        MappingBuilder request = authorized(get(urlPathEqualTo(API + path)));
        query.forEach((name, value) -> request.withQueryParam(name, equalTo(value)));
        server.stubFor(request.willReturn(okJson(json)));
    }

    static ResponseDefinitionBuilder acmeError(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }

    static String motorJson() {
        return """
                {"tag": "north-l1-motor-01", "description": "Main drive motor, press line 1", "category": "motor",
                 "hierarchy": {"company": "acme", "site": "north", "area": "press-shop", "line": "l1"},
                 "iso": {"group": "2", "foundation": "flexible"}, "assetNo": "A-10023", "plant": "1710",
                 "state": "LIMITED",
                 "bom": [{"failureCode": "bearing-wear", "partNo": "BRG-6204", "qty": 2},
                         {"failureCode": "bearing-wear", "partNo": "GREASE-EP2", "qty": "1.000"},
                         {"failureCode": "misalignment", "partNo": "SHIM-KIT", "qty": 1}]}""";
    }

    @Override
    public void close() {
        server.stop();
    }
}
