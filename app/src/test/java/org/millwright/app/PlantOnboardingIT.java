package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.app.pipeline.AssetHealth;
import org.millwright.model.AssetId;
import org.millwright.protocol.opcua.OpcUaSource;
import org.millwright.protocol.opcua.TestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * A plant onboarded while the hub runs, by dropping a file into its plants directory: its OPC UA server's values,
 * in the plant's own units, go through detection as canonical signals, and the API, the health endpoint and the
 * console show the source connected; a plant with a wrong password shows FAILED with the server's reason in the API,
 * the console and the log, which degrades the {@code plants} health component without taking the hub down. Untrusted
 * certificates and server restarts: {@link PlantOnboardingOpcUaFaultsIT}.
 */
class PlantOnboardingIT extends HubIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String VIBRATION = "Pump/VibrationIps";
    private static final String TEMPERATURE = "Pump/BearingTempF";
    private static final AssetId PUMP = AssetId.of("north-l2-pump-01");
    private static TestServer.Identity identity;
    private static TestServer plc;

    @Autowired
    AssetHealth health;

    private final List<LogCapture> captures = new ArrayList<>();

    @BeforeAll
    static void startPlc() throws Exception {
        identity = TestServer.Identity.create();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        plc = TestServer.start(port, identity, false, Optional.of(new String[] {"hub", "s3cret"}),
                List.of(VIBRATION, TEMPERATURE));
    }

    @AfterEach
    void stopCapturing() {
        captures.forEach(LogCapture::close);
    }

    @AfterAll
    static void removePlantsAndStopPlc() throws Exception {
        Files.deleteIfExists(PLANTS.resolve("north-pumps.yaml"));
        Files.deleteIfExists(PLANTS.resolve("north-press.yaml"));
        if (plc != null) {
            plc.close();
        }
    }

    @Test
    void aPlantFileDroppedInAtRuntimeFeedsDetectionAndShowsConnected() throws Exception {
        trust("north-pumps", "plc");
        Files.writeString(PLANTS.resolve("plc.password"), "s3cret\n");
        drop("north-pumps.yaml", """
                id: north-pumps
                name: North pumps, line 2
                site: acme/north
                sources:
                  - id: plc
                    kind: opcua
                    endpoint: %s
                    username: hub
                    password: {file: plc.password}
                    publishingInterval: PT0.1S
                    nodes:
                      - {node: "ns=2;s=%s", asset: north-l2-pump-01, signal: vibration, unit: in/s}
                      - {node: "ns=2;s=%s", asset: north-l2-pump-01, signal: bearing-temperature, unit: degF}
                """.formatted(plc.endpointUrl(), VIBRATION, TEMPERATURE));

        await().atMost(WAIT).until(() -> "CONNECTED".equals(source("north-pumps", "plc").path("state").asString()));
        plc.set(VIBRATION, 0.5, StatusCode.GOOD);

        // 0.5 in/s is 12.7 mm/s, far above the simulated pump's own vibration; seen by detection's live health
        await().atMost(WAIT).until(() -> health.trend(PUMP).stream().anyMatch(p -> Math.abs(p.value() - 12.7) < 1e-9));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode plcSource = source("north-pumps", "plc");
            assertThat(plcSource.get("handled").asLong()).as("acknowledged after detection").isPositive();
            assertThat(plcSource.get("rejected").asLong()).isZero();
            assertThat(plcSource.get("lastSampleAt").isNull()).isFalse();
        });
        assertThat(source("north-pumps", "plc").get("endpoint").asString()).isEqualTo(plc.endpointUrl());

        JsonNode plants = Http.getJson(hub("/api/v1/plants"));
        assertThat(plants.get("directory").asString()).isEqualTo(PLANTS.toString());
        assertThat(Http.get(hub("/console/fragments/plants")).body()).contains("north-pumps", "state-connected");
    }

    @Test
    void aWrongOpcUaPasswordShowsFailedWithTheServersReasonInApiHealthConsoleAndLog() throws Exception {
        trust("north-press", "plc");
        LogCapture log = LogCapture.of(OpcUaSource.class);
        captures.add(log);
        Files.writeString(PLANTS.resolve("press.password"), "wrong\n");
        drop("north-press.yaml", """
                id: north-press
                name: North presses
                site: acme/north
                sources:
                  - id: plc
                    kind: opcua
                    endpoint: %s
                    username: hub
                    password: {file: press.password}
                    nodes:
                      - {node: "ns=2;s=%s", asset: north-l2-motor-02, signal: vibration, unit: in/s}
                """.formatted(plc.endpointUrl(), VIBRATION));

        await().atMost(WAIT).until(() -> "FAILED".equals(source("north-press", "plc").path("state").asString()));
        String reason = source("north-press", "plc").get("reason").asString();
        assertThat(reason).contains(plc.endpointUrl())
                .contains("refused the credentials (Bad_UserAccessDenied)").contains("username and password");

        JsonNode health = Http.getJson(hub("/actuator/health"));
        JsonNode plants = health.get("components").get("plants");
        assertThat(plants.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(plants.get("details").get("problems").get("north-press/plc").asString())
                .isEqualTo("FAILED: " + reason);
        assertThat(health.get("status").asString()).as("one plant's PLC does not take the hub down").isEqualTo("UP");
        assertThat(PlantFixtures.consoleRows(hub("/console/fragments/plants"), "north-press"))
                .contains("state-failed", HtmlUtils.htmlEscape(reason));
        assertThat(log.messages(Level.ERROR)).contains(reason);
    }

    /** The password of a user token is encrypted with the server's certificate, so that must be trusted first. */
    private static void trust(String plant, String source) throws IOException {
        Path trusted = PlantFixtures.pki(plant, source).resolve("trusted");
        Files.createDirectories(trusted);
        try {
            Files.write(trusted.resolve("plc.der"), identity.certificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drop(String name, String text) throws IOException {
        PlantFixtures.drop(name, text);
    }

    private JsonNode source(String plant, String id) {
        return PlantFixtures.source(hub("/api/v1/plants"), plant, id);
    }
}
