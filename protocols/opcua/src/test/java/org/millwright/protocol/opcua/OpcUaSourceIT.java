package org.millwright.protocol.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.ingest.Pipeline;
import org.millwright.model.AssetId;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

class OpcUaSourceIT {
    private static final String VIBRATION = "Line1/Motor1/Vibration";
    private static final String TEMPERATURE = "Line1/Motor1/BearingTemperature";
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestServer.Identity serverIdentity;

    @TempDir
    Path pki;
    private final List<Signal> received = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> toClose = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void makeServerCertificate() throws Exception {
        serverIdentity = TestServer.Identity.create();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void deliversValuesWithQualityAndResumesAfterTheServerRestarts() throws Exception {
        int port = freePort();
        TestServer server = start(port, false, Optional.empty());
        OpcUaSource source = source(config(server.endpointUrl()));

        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.CONNECTED);
        server.set(VIBRATION, 4.2, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> hasValue(4.2, Quality.GOOD));
        Signal first = received.stream().filter(s -> s.value() == 4.2).findFirst().orElseThrow();
        assertThat(first.asset()).isEqualTo(MOTOR);
        assertThat(first.type()).isEqualTo(SignalType.VIBRATION_VELOCITY);
        server.set(VIBRATION, 5.1, StatusCode.UNCERTAIN);
        server.set(TEMPERATURE, 81.5, StatusCode.BAD);
        await().atMost(WAIT).until(() -> hasValue(5.1, Quality.UNCERTAIN) && hasValue(81.5, Quality.BAD));

        server.close();
        toClose.remove(server);
        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.RECONNECTING);
        assertThat(source.state().lastError()).hasValueSatisfying(e -> assertThat(e).contains(server.endpointUrl()));

        TestServer restarted = start(port, false, Optional.empty());
        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.CONNECTED);
        restarted.set(VIBRATION, 7.5, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> hasValue(7.5, Quality.GOOD));
        assertThat(source.state().lastError()).isEmpty();
    }

    @Test
    void connectsWithTheRightPasswordAndFeedsTheIngestPipeline() throws Exception {
        trustServerCertificate();
        TestServer server = start(freePort(), false, Optional.of(new String[] {"operator", "s3cret"}));
        Pipeline pipeline = Pipeline.start(1, 16, received::add, Clock.systemUTC());
        toClose.add(pipeline);
        OpcUaSource source = OpcUaSource.start(OpcUaSourceConfig.builder(server.endpointUrl(), pki)
                .credentials("operator", "s3cret").node(vibration()).publishingInterval(Duration.ofMillis(100))
                .build(), OpcUaSource.into(pipeline), Clock.systemUTC());
        toClose.add(source);

        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.CONNECTED);
        server.set(VIBRATION, 3.3, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> hasValue(3.3, Quality.GOOD));
    }

    @Test
    void appliesTheAbsoluteDeadbandOnTheServer() throws Exception {
        TestServer server = start(freePort(), false, Optional.empty());
        OpcUaSource source = source(OpcUaSourceConfig.builder(server.endpointUrl(), pki)
                .node(vibration().withAbsoluteDeadband(1.0))
                .node(MonitoredNode.of("ns=2;s=" + TEMPERATURE, MOTOR, SignalType.BEARING_TEMPERATURE,
                        Duration.ofMillis(50)))
                .publishingInterval(Duration.ofMillis(100)).build());
        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.CONNECTED);

        server.set(VIBRATION, 0.4, StatusCode.GOOD);
        server.set(TEMPERATURE, 0.4, StatusCode.GOOD);
        // The undamped temperature node shows the small step was sampled and published.
        await().atMost(WAIT).until(() -> hasValue(SignalType.BEARING_TEMPERATURE, 0.4));
        server.set(VIBRATION, 2.5, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> hasValue(SignalType.VIBRATION_VELOCITY, 2.5));

        assertThat(hasValue(SignalType.VIBRATION_VELOCITY, 0.4)).isFalse();
    }

    @Test
    void reportsANodeTheServerDoesNotKnowWhileTheOthersDeliver() throws Exception {
        TestServer server = start(freePort(), false, Optional.empty());
        OpcUaSource source = source(OpcUaSourceConfig.builder(server.endpointUrl(), pki)
                .node(vibration())
                .node(MonitoredNode.of("ns=2;s=Line1/Motor9/Nope", MOTOR, SignalType.MOTOR_CURRENT,
                        Duration.ofMillis(50)))
                .publishingInterval(Duration.ofMillis(100)).build());

        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.CONNECTED);
        assertThat(source.state().lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("ns=2;s=Line1/Motor9/Nope").contains("Bad_NodeIdUnknown"));
        server.set(VIBRATION, 1.7, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> hasValue(1.7, Quality.GOOD));
    }

    @Test
    void failsWhenTheServerOffersNoEndpointWithTheConfiguredSecurity() throws Exception {
        TestServer server = start(freePort(), false, Optional.empty());
        OpcUaSource source = source(OpcUaSourceConfig.builder(server.endpointUrl(), pki)
                .security(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT).node(vibration()).build());

        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.FAILED);
        assertThat(source.state().lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains(server.endpointUrl()).contains("no endpoint with security BASIC256SHA256_SIGN_AND_ENCRYPT")
                .contains("None/None"));
    }

    @Test
    void failsWithAClearErrorOnAWrongPasswordAndDoesNotRetryAtOnce() throws Exception {
        trustServerCertificate();
        TestServer server = start(freePort(), false, Optional.of(new String[] {"operator", "s3cret"}));
        OpcUaSource source = source(OpcUaSourceConfig.builder(server.endpointUrl(), pki)
                .credentials("operator", "wrong").node(vibration()).reconnectDelays(Duration.ofMillis(50),
                        Duration.ofMillis(100)).failedRetryDelay(Duration.ofMinutes(5)).build());

        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.FAILED);
        ConnectionStatus failed = source.state();
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains("Bad_UserAccessDenied").contains(server.endpointUrl()).contains("password"));
        // Backed off hard: with the 50 ms reconnect delay, any retry would have replaced the state snapshot.
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5))
                .until(() -> source.state().equals(failed));
    }

    @Test
    void failsOnAnUntrustedServerCertificateAndConnectsWithinSecondsOnceItIsMovedToTrusted() throws Exception {
        TestServer server = start(freePort(), true, Optional.empty());
        // The default five-minute retry: the move itself must trigger the next attempt.
        OpcUaSource source = source(OpcUaSourceConfig.builder(server.endpointUrl(), pki)
                .security(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT).node(vibration())
                .publishingInterval(Duration.ofMillis(100)).failedRetryDelay(Duration.ofMinutes(5)).build());

        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.FAILED);
        Path rejected;
        try (Stream<Path> files = Files.list(pki.resolve("rejected"))) {
            rejected = files.filter(f -> f.toString().endsWith(".der")).findFirst().orElseThrow();
        }
        assertThat(source.state().lastError()).hasValueSatisfying(error -> assertThat(error)
                .contains(server.endpointUrl()).contains(rejected.toString())
                .contains(pki.resolve("trusted").toString()));

        Files.move(rejected, pki.resolve("trusted").resolve(rejected.getFileName()));
        await().atMost(WAIT).until(() -> source.state().state() == ConnectionState.CONNECTED);
        server.set(VIBRATION, 6.6, StatusCode.GOOD);
        await().atMost(WAIT).until(() -> hasValue(6.6, Quality.GOOD));
    }

    private OpcUaSourceConfig config(String endpointUrl) {
        return OpcUaSourceConfig.builder(endpointUrl, pki)
                .node(vibration())
                .node(MonitoredNode.of("ns=2;s=" + TEMPERATURE, MOTOR, SignalType.BEARING_TEMPERATURE,
                        Duration.ofMillis(50)))
                .publishingInterval(Duration.ofMillis(100))
                .keepAliveInterval(Duration.ofMillis(500))
                .reconnectDelays(Duration.ofMillis(100), Duration.ofMillis(500))
                .build();
    }

    private static MonitoredNode vibration() {
        return MonitoredNode.of("ns=2;s=" + VIBRATION, MOTOR, SignalType.VIBRATION_VELOCITY, Duration.ofMillis(50));
    }

    private OpcUaSource source(OpcUaSourceConfig config) {
        OpcUaSource source = OpcUaSource.start(config, received::add, Clock.systemUTC());
        toClose.add(source);
        return source;
    }

    private TestServer start(int port, boolean secure, Optional<String[]> credentials) throws Exception {
        TestServer server = TestServer.start(port, serverIdentity, secure, credentials, List.of(VIBRATION, TEMPERATURE));
        toClose.add(server);
        return server;
    }

    /** The password is encrypted with the server certificate, so the server must be trusted first. */
    private void trustServerCertificate() throws Exception {
        Files.createDirectories(pki.resolve("trusted"));
        Files.write(pki.resolve("trusted").resolve("test-server.der"), serverIdentity.certificate().getEncoded());
    }

    private boolean hasValue(SignalType type, double value) {
        return received.stream().anyMatch(s -> s.type() == type && s.value() == value);
    }

    private boolean hasValue(double value, Quality quality) {
        return received.stream().anyMatch(s -> s.value() == value && s.quality() == quality);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
