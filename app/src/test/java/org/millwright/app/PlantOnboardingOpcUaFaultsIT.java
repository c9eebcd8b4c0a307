package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.millwright.app.pipeline.AssetHealth;
import org.millwright.model.AssetId;
import org.millwright.protocol.opcua.OpcUaSource;
import org.millwright.protocol.opcua.TestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * OPC UA plant sources in the running hub when the plant side goes wrong: a server whose certificate the hub does not
 * trust, and a server that is stopped and started again. Each scenario has its own Milo server and plant file, on an
 * asset no other test feeds, with values in zone A so that no episode is raised on the shared hub.
 */
class PlantOnboardingOpcUaFaultsIT extends HubIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String VIBRATION = "Press/Vibration";
    private static final AssetId PRESS = AssetId.of("south-l1-motor-02");

    @Autowired
    AssetHealth health;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void removePlantsThenStopServers() throws Exception {
        Files.deleteIfExists(PLANTS.resolve("south-secure.yaml"));
        Files.deleteIfExists(PLANTS.resolve("south-restart.yaml"));
        await().atMost(WAIT).until(() -> !source("south-secure").has("state") && !source("south-restart").has("state"));
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void anUntrustedServerCertificateIsFailedEverywhereWithWhereItIsAndConnectsOnceMovedToTrusted() throws Exception {
        TestServer.Identity identity = TestServer.Identity.create();
        TestServer plc = server(freePort(), identity, true);
        LogCapture log = capture();
        drop("south-secure", plc, "securityPolicy: Basic256Sha256\n    securityMode: SignAndEncrypt");

        await().atMost(WAIT).until(() -> "FAILED".equals(source("south-secure").path("state").asString()));
        Path pki = PlantFixtures.pki("south-secure", "plc");
        Path rejected = pki.resolve("rejected").resolve(thumbprint(identity) + ".der");
        assertThat(rejected).as("the server's own certificate, kept for the operator").exists()
                .hasBinaryContent(identity.certificate().getEncoded());
        String reason = source("south-secure").get("reason").asString();
        assertThat(reason).contains("OPC UA server " + plc.endpointUrl() + " presented a certificate that is not trusted")
                .contains("saved as " + rejected).contains("move that file into " + pki.resolve("trusted"));

        JsonNode hubHealth = Http.getJson(hub("/actuator/health"));
        JsonNode plants = hubHealth.get("components").get("plants");
        assertThat(plants.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(plants.get("details").get("problems").get("south-secure/plc").asString())
                .isEqualTo("FAILED: " + reason);
        assertThat(hubHealth.get("status").asString()).as("one untrusted PLC does not take the hub down")
                .isEqualTo("UP");
        assertThat(Http.get(hub("/console/plants")).body()).contains("hx-get=\"/console/fragments/plants\"");
        assertThat(consoleRows("south-secure")).contains("state-failed", HtmlUtils.htmlEscape(reason));
        assertThat(log.messages(Level.ERROR)).as("logged once per attempt, the same words").contains(reason);

        // The documented way: check the thumbprint (the file name), then move the file; the hub keeps running.
        Files.move(rejected, pki.resolve("trusted").resolve(rejected.getFileName()));
        await().atMost(WAIT).until(() -> "CONNECTED".equals(source("south-secure").path("state").asString()));
        plc.set(VIBRATION, 1.25, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> arrived(1.25));
        await().atMost(WAIT).until(() -> source("south-secure").get("handled").asLong() > 0);
        assertThat(source("south-secure").path("reason").isNull()).isTrue();
        assertThat(Http.getJson(hub("/actuator/health")).get("components").get("plants").path("details")
                .path("problems").has("south-secure/plc")).isFalse();
        assertThat(consoleRows("south-secure")).contains("state-connected");
        assertThat(log.messages(Level.INFO)).anyMatch(m -> m.startsWith("Connected to OPC UA server " + plc.endpointUrl()));
    }

    @Test
    void valuesArriveAgainAfterTheServerIsStoppedAndRestartedWithoutRestartingTheHub() throws Exception {
        TestServer.Identity identity = TestServer.Identity.create();
        int port = freePort();
        TestServer plc = server(port, identity, false);
        drop("south-restart", plc, "securityPolicy: None");
        await().atMost(WAIT).until(() -> "CONNECTED".equals(source("south-restart").path("state").asString()));
        String startedAt = source("south-restart").get("startedAt").asString();
        plc.set(VIBRATION, 1.5, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> arrived(1.5));

        plc.close();
        toClose.remove(plc);
        await().atMost(WAIT).until(() -> "RECONNECTING".equals(source("south-restart").path("state").asString()));
        assertThat(source("south-restart").get("reason").asString()).contains(plc.endpointUrl());
        assertThat(Http.getJson(hub("/actuator/health")).get("components").get("plants").get("details")
                .get("problems").get("south-restart/plc").asString()).startsWith("RECONNECTING: ")
                .contains(plc.endpointUrl());
        assertThat(consoleRows("south-restart")).contains("state-reconnecting");
        long handledBefore = source("south-restart").get("handled").asLong();

        TestServer restarted = server(port, identity, false);
        await().atMost(WAIT).until(() -> "CONNECTED".equals(source("south-restart").path("state").asString()));
        restarted.set(VIBRATION, 1.75, StatusCode.GOOD);
        // The restarted server knows no subscription: the value arrives only because the source created it again.
        await().atMost(WAIT).until(() -> arrived(1.75));
        await().atMost(WAIT).until(() -> source("south-restart").get("handled").asLong() > handledBefore);
        assertThat(source("south-restart").get("startedAt").asString())
                .as("the same source reconnected; the hub did not restart it").isEqualTo(startedAt);
        assertThat(consoleRows("south-restart")).contains("state-connected");
    }

    private TestServer server(int port, TestServer.Identity identity, boolean secure) throws Exception {
        TestServer server = TestServer.start(port, identity, secure, Optional.empty(), List.of(VIBRATION));
        toClose.add(server);
        return server;
    }

    private LogCapture capture() {
        LogCapture capture = LogCapture.of(OpcUaSource.class);
        toClose.add(capture);
        return capture;
    }

    private static void drop(String plant, TestServer server, String security) throws IOException {
        PlantFixtures.drop(plant + ".yaml", """
                id: %s
                name: South presses, line 1
                site: acme/south
                sources:
                  - id: plc
                    kind: opcua
                    endpoint: %s
                    %s
                    publishingInterval: PT0.1S
                    nodes:
                      - {node: "ns=2;s=%s", asset: %s, signal: vibration, unit: mm/s}
                """.formatted(plant, server.endpointUrl(), security, VIBRATION, PRESS.value()));
    }

    private boolean arrived(double value) {
        return health.trend(PRESS).stream().anyMatch(point -> Math.abs(point.value() - value) < 1e-9);
    }

    private JsonNode source(String plant) {
        return PlantFixtures.source(hub("/api/v1/plants"), plant, "plc");
    }

    private String consoleRows(String plant) {
        return PlantFixtures.consoleRows(hub("/console/fragments/plants"), plant);
    }

    private static String thumbprint(TestServer.Identity identity) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(identity.certificate().getEncoded()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
