package org.millwright.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.millwright.sandbox.SandboxSystems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole hub in embedded mode, as a user starts it: embedded PostgreSQL and MQTT broker, sandbox systems of
 * record, simulator (a small test plant with two fast bearing degradations) and console, all on free loopback
 * ports and a fresh data directory. Subclasses share one running hub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "millwright.database.port=0",
        "millwright.broker.port=0",
        "millwright.sandbox.port=0",
        "millwright.sandbox.completion-delay=PT3S",
        "millwright.simulator.time-acceleration=2",
        "millwright.simulator.publish-interval=PT0.5S",
        "millwright.connectors.request-timeout=PT1S",
        "millwright.workflow.completion-sweep=PT0.5S",
        "millwright.ingest.http.api-keys=test-key",
        "millwright.detection.reload-interval=PT0.5S",
        "millwright.plants.reload-interval=PT0.5S",
        "flowable.process.async.executor.default-timer-job-acquire-wait-time=PT0.5S"})
abstract class HubIT {
    static final Path DATA = temporaryDirectory();
    /** A copy of the test rules that tests may change: the hub reloads it at runtime. */
    static final Path RULES = copyOf("test-rules.yaml", DATA.resolve("rules.yaml"));
    /** A copy of the test systems of record that tests may change: the hub reloads it at runtime. */
    static final Path SYSTEMS = copyOf("test-systems.yaml", DATA.resolve("systems.yaml"));
    /** Receives every business event as a signed CloudEvent. */
    static final WebhookReceiver WEBHOOKS = WebhookReceiver.start();
    static final String WEBHOOK_SECRET = "test-webhook-secret";
    /** The hub's plants directory (empty at start): tests drop plant files into it while the hub runs. */
    static final Path PLANTS = DATA.resolve("plants");

    @LocalServerPort
    int port;

    @Autowired
    SandboxSystems sandbox;

    @DynamicPropertySource
    static void hubProperties(DynamicPropertyRegistry registry) {
        registry.add("millwright.data-directory", DATA::toString);
        registry.add("millwright.simulator.plant-file", () -> resource("test-plant.yaml"));
        registry.add("millwright.detection.rules-file", RULES::toString);
        registry.add("millwright.connectors.systems-file", SYSTEMS::toString);
        registry.add("millwright.webhooks.file", () -> webhooksFile().toString());
        registry.add("millwright.plants.directory", PLANTS::toString);
    }

    URI hub(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    URI sandbox(String path) {
        return sandbox.baseUri().resolve(path);
    }

    List<JsonNode> episodesOf(String asset) {
        List<JsonNode> found = new ArrayList<>();
        Http.getJson(hub("/api/v1/episodes")).forEach(episode -> {
            if (episode.get("assetId").asString().equals(asset)) {
                found.add(episode);
            }
        });
        return found;
    }

    /** Records in a sandbox system carrying the episode key as external reference. */
    JsonNode sandboxRecords(String path, String episode) {
        return Http.getJson(sandbox(path + "?externalReference=" + episode));
    }

    private static String resource(String name) {
        try {
            return Path.of(HubIT.class.getResource("/" + name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copyOf(String resource, Path target) {
        try {
            return Files.copy(Path.of(resource(resource)), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every event to the receiver; closed episodes also to a subscriber that is never there (its dead letters). */
    private static Path webhooksFile() {
        try {
            Path secret = Files.writeString(DATA.resolve("webhook-secret"), WEBHOOK_SECRET);
            return Files.writeString(DATA.resolve("webhooks.yaml"), """
                    source: urn:millwright:hub:test
                    delivery: {maxAttempts: 2, initialBackoff: PT0.2S, maxBackoff: PT1S, timeout: PT2S}
                    subscribers:
                      - {name: receiver, url: "%s", events: ["*"], secret: {file: %s}}
                      - {name: nowhere, url: "http://127.0.0.1:9/hooks", events: [org.millwright.episode.closed],
                         secret: {file: %s}}
                    """.formatted(WEBHOOKS.url(), secret, secret));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("millwright-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
