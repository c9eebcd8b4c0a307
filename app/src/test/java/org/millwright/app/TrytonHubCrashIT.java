package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.connector.tryton.PartialStockPolicy;
import org.millwright.connector.tryton.TrytonQueries;
import org.millwright.connector.tryton.TrytonServer;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, "It must show": the hub, a real separate JVM with site north's stock and purchasing on a real Tryton, is
 * killed with SIGKILL twice while a Tryton step is in flight, each time after Tryton committed the step's record and
 * before the hub heard of it: once when Tryton created the reservation's internal shipment, once when it created the
 * purchase requests. Started again on the same data directory each time, the hub finishes the workflow, and Tryton
 * holds exactly one shipment (its stock assigned as far as stock allows) and one purchase request for the episode.
 *
 * <p>The episode comes from the simulator (a fast bearing degradation of {@code north-l2-pump-01} in
 * {@code tryton-plant.yaml}). Its repair needs 8 belts and 5 m of hose, both in stock when the hub checks; a clerk
 * takes 8 of the 12 belts before the hub reserves, so that the reservation is partial and the workflow needs both a
 * shipment and a purchase request.
 */
class TrytonHubCrashIT {
    private static final String PUMP = "north-l2-pump-01";
    private static final String SHIPMENT_CREATE = "model.stock.shipment.internal.create";
    private static final String REQUEST_CREATE = "model.purchase.request.create";
    private static final String BELT = "VB-SPA-1250";
    private static final String HOSE = "HOSE-HYD-12";

    @RegisterExtension
    static final TrytonServer SERVER = new TrytonServer();
    private static RpcGate gate;

    @TempDir
    Path configuration;
    private HubProcess hub;
    private TrytonQueries tryton;
    private TrytonRecords records;

    @BeforeAll
    static void openGate() throws IOException {
        gate = new RpcGate();
        gate.forwardTo(SERVER.port());
    }

    @AfterAll
    static void closeGate() {
        gate.close();
    }

    @BeforeEach
    void configure() {
        tryton = TrytonQueries.admin(SERVER);
        records = new TrytonRecords(tryton);
        Path systems = TrytonRouting.write(configuration, gate.url(), PartialStockPolicy.KEEP_PARTIAL);
        hub = new HubProcess(Path.of("target", "tryton-crash"), List.of(
                "--millwright.connectors.systems-file=" + systems,
                "--millwright.simulator.plant-file=" + TestFiles.resource("tryton-plant.yaml"),
                "--millwright.simulator.time-acceleration=2",
                "--millwright.detection.rules-file=" + TestFiles.resource("test-rules.yaml"),
                "--millwright.connectors.request-timeout=PT5S",
                "--millwright.sandbox.completion-delay=PT2S"));
    }

    @AfterEach
    void stopHub() throws InterruptedException {
        hub.close();
    }

    @Test
    void hubKilledAfterTrytonCommittedTheShipmentAndAgainAfterTheRequestFinishesWithOneOfEach() throws Exception {
        gate.stopCalls(call -> call.method().startsWith("model.stock.shipment.internal."));
        gate.withholdAnswers(call -> call.method().equals(SHIPMENT_CREATE));
        hub.start("first");
        await("reserve-stock calling Tryton").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> !gate.stopped().isEmpty());
        String key = episodeOf(PUMP);
        new StoresClerk(tryton).take(BELT, 8, "PM-OTHER-" + key);
        gate.open();
        awaitWithheld(SHIPMENT_CREATE);

        hub.kill();

        assertThat(records.onlyShipment(key).get("state").asString()).as("Tryton committed the create")
                .isEqualTo("draft");
        gate.withholdAnswers(call -> call.method().equals(REQUEST_CREATE));
        hub.start("second");
        awaitWithheld(REQUEST_CREATE);

        hub.kill();

        assertThat(records.purchaseRequests(key)).as("Tryton committed the requests").isNotEmpty();
        gate.passAll();
        hub.start("third");
        JsonNode episode = await("workflow of " + key + " completed").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1)).until(() -> Http.getJson(hub.uri("/api/v1/episodes/" + key)),
                        e -> e.get("workflowState").asString().equals("COMPLETED"));

        JsonNode shipment = records.onlyShipment(key);
        // reserved in part, then issued to the repair when the work was done
        assertThat(shipment.get("state").asString()).isEqualTo("done");
        assertThat(records.moves(shipment)).containsExactlyInAnyOrder(BELT + " 4.0 done", HOSE + " 5.0 done");
        assertThat(records.purchaseRequests(key)).containsExactly(BELT + " 4.0 draft");
        assertThat(gate.forwarded(SHIPMENT_CREATE)).isEqualTo(1);
        assertThat(gate.forwarded(REQUEST_CREATE)).isEqualTo(1);
        assertThat(episode.get("records").get("reservation").asString()).isEqualTo(shipment.get("id").asString());
        assertThat(episode.get("records").get("purchaseRequisition").asString())
                .isEqualTo(records.purchaseRequestIds(key));
        assertThat(attempts(episode, "reserve-stock")).as("reserve-stock ran again after the crash")
                .isGreaterThanOrEqualTo(2);
        assertThat(attempts(episode, "request-purchase")).as("request-purchase ran again after the crash")
                .isGreaterThanOrEqualTo(2);
        List<String> episodes = new ArrayList<>();
        Http.getJson(hub.uri("/api/v1/episodes")).forEach(e -> {
            if (e.get("assetId").asString().equals(PUMP)) {
                episodes.add(e.get("id").asString());
            }
        });
        assertThat(episodes).containsExactly(key);
    }

    private static void awaitWithheld(String method) {
        await("Tryton answered " + method).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> gate.withheld().stream().anyMatch(call -> call.method().equals(method)));
    }

    private String episodeOf(String asset) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode episode : Http.getJson(hub.uri("/api/v1/episodes"))) {
                if (episode.get("assetId").asString().equals(asset)) {
                    return episode.get("id").asString();
                }
            }
            return null;
        }, Objects::nonNull);
    }

    private static int attempts(JsonNode episode, String step) {
        for (JsonNode row : episode.get("steps")) {
            if (row.get("name").asString().equals(step)) {
                return row.get("attempts").asInt();
            }
        }
        throw new AssertionError("no step " + step + " in " + episode);
    }
}
