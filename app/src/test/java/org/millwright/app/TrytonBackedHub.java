package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.millwright.app.episodes.EpisodeStore;
import org.millwright.app.systems.ActiveSystems;
import org.millwright.connector.tryton.PartialStockPolicy;
import org.millwright.connector.tryton.TrytonQueries;
import org.millwright.connector.tryton.TrytonServer;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Evidence;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole hub in embedded mode with the sample systems file {@code systems/north-on-tryton.yaml}: site north gets
 * stock and purchasing from a real Tryton 6.0, everything else from the sandbox systems. The plant is
 * {@code tryton-plant.yaml} (its spare parts are Tryton's seeded materials); the simulator is off and the tests raise
 * episodes themselves. Subclasses share one running hub, but every test gets a Tryton of its own, on a fresh copy of
 * the seeded database: the hub reaches it through {@link #GATE}, and the systems file is reloaded before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "millwright.database.port=0",
        "millwright.broker.port=0",
        "millwright.sandbox.port=0",
        "millwright.sandbox.completion-delay=PT2S",
        "millwright.simulator.enabled=false",
        "millwright.connectors.request-timeout=PT5S",
        "millwright.workflow.completion-sweep=PT0.5S",
        "flowable.process.async.executor.default-async-job-acquire-wait-time=PT0.5S",
        "flowable.process.async.executor.default-timer-job-acquire-wait-time=PT0.5S"})
abstract class TrytonBackedHub {
    static final String BEARING = "SKF-6205-2RS";
    static final String BELT = "VB-SPA-1250";
    static final String HOSE = "HOSE-HYD-12";
    static final String SEAL_KIT = "SEAL-KIT-C45";
    static final Path DATA = TestFiles.temporaryDirectory("millwright-tryton-it-");
    /** Between the hub and this test's Tryton. */
    static final RpcGate GATE = gate();
    static final Path SYSTEMS = TrytonRouting.write(DATA, GATE.url(), PartialStockPolicy.KEEP_PARTIAL);
    private static final Duration WORKFLOW = Duration.ofMinutes(2);

    /** A Tryton for this test alone (a copy of the seeded database and a start take about a second). */
    @RegisterExtension
    final TrytonServer server = new TrytonServer();

    @LocalServerPort
    int port;

    @Autowired
    EpisodeStore episodes;

    @Autowired
    ActiveSystems systems;

    TrytonQueries tryton;
    /** What Tryton holds for a key. */
    TrytonRecords records;

    @DynamicPropertySource
    static void hubProperties(DynamicPropertyRegistry registry) {
        registry.add("millwright.data-directory", DATA::toString);
        registry.add("millwright.simulator.plant-file", () -> TestFiles.resource("tryton-plant.yaml"));
        registry.add("millwright.connectors.systems-file", SYSTEMS::toString);
    }

    @BeforeAll
    static void requireTryton() {
        TrytonServer.requireInstalled(); // before the hub starts for nothing
    }

    @BeforeEach
    void routeNorthToThisTestsTryton() {
        GATE.passAll();
        GATE.forwardTo(server.port());
        tryton = TrytonQueries.admin(server);
        records = new TrytonRecords(tryton);
        usePolicy(PartialStockPolicy.KEEP_PARTIAL);
    }

    /** Rewrites the systems file with this partial-stock policy and puts it in force, as an operator would. */
    void usePolicy(PartialStockPolicy policy) {
        TrytonRouting.write(DATA, GATE.url(), policy);
        assertThat(systems.reload()).as("systems file accepted").isEmpty();
    }

    /** Raises a condition as detection does; returns the new episode's key. */
    String raise(String asset, String failureMode) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return episodes.record(new ConditionRaised(AssetId.of(asset), FailureMode.of(failureMode), Severity.ALARM,
                new Evidence("bearing-vibration-zone", SignalType.VIBRATION_VELOCITY, 7.8, 4.5, "D", at, "test"), at,
                "test-1")).orElseThrow().value();
    }

    /**
     * Raises a repair of the pump whose parts Tryton has in stock when the hub checks, and lets a clerk take 8 of the
     * 12 belts between the hub's check and its reservation (the gate holds the reservation's first call until then):
     * the reservation can then cover only part. Returns the episode's key once its workflow completed.
     */
    String raiseRepairThatStockCoversOnlyInPart(String pump) {
        GATE.stopCalls(call -> call.method().startsWith("model.stock.shipment.internal."));
        String key = raise(pump, "bearing-wear");
        await("reserve-stock calling Tryton").atMost(WORKFLOW).pollInterval(Duration.ofMillis(200))
                .until(() -> !GATE.stopped().isEmpty());
        assertThat(step(episode(key), "check-stock").get("outcome").asString()).as("all in stock at the check")
                .isEqualTo("true");
        new StoresClerk(tryton).take(BELT, 8, "PM-OTHER-" + key);
        assertThat(tryton.quantity(BELT, "STO", true)).isEqualTo(4.0);
        GATE.open();
        return awaitCompleted(key);
    }

    String awaitCompleted(String key) {
        await("workflow of " + key + " completed").atMost(WORKFLOW).pollInterval(Duration.ofMillis(300))
                .until(() -> episode(key).get("workflowState").asString(), state -> {
                    assertThat(state).as(key).isNotEqualTo("INCIDENT");
                    return state.equals("COMPLETED");
                });
        return key;
    }

    JsonNode episode(String key) {
        return Http.getJson(hub("/api/v1/episodes/" + key));
    }

    static JsonNode step(JsonNode episode, String name) {
        for (JsonNode step : episode.get("steps")) {
            if (step.get("name").asString().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("episode " + episode.get("id") + " has no step " + name + ": " + episode);
    }

    static List<String> stepNames(JsonNode episode) {
        List<String> names = new ArrayList<>();
        episode.get("steps").forEach(step -> names.add(step.get("name").asString() + ":" + step.get("state")
                .asString()));
        return names;
    }

    URI hub(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static RpcGate gate() {
        try {
            return new RpcGate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
