package org.millwright.connector.rest.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Business events reach their subscribers as signed CloudEvents; failures are retried, then dead-lettered. */
class WebhookPublisherIT {
    private static final URI SOURCE = URI.create("urn:millwright:hub:north");
    private static final String SECRET = "whsec-for-tests";
    private static final Instant OCCURRED = Instant.parse("2024-05-14T08:15:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-14T08:16:00Z"), ZoneOffset.UTC);
    private static final String WORK_ORDER_CREATED = "org.millwright.workorder.created";
    private static final String CONDITION_RAISED = "org.millwright.condition.raised";

    private final WireMockServer receiver = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<UndeliveredWebhook> deadLetters = new CopyOnWriteArrayList<>();
    private WebhookPublisher publisher;

    WebhookPublisherIT() {
        receiver.start();
    }

    @AfterEach
    void stop() {
        if (publisher != null) {
            publisher.close();
        }
        receiver.stop();
    }

    @Test
    void aReceiverGetsTheCloudEventSignedWithItsSecret() throws Exception {
        receiver.stubFor(post(urlEqualTo("/hooks/erp")).willReturn(ok()));
        publisher = publisher(3, subscriber("erp", "/hooks/erp", "*"));

        String id = publisher.publish(workOrderCreated("ep-1"));

        await().atMost(Duration.ofSeconds(5)).until(() -> delivered("erp") == 1);
        LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/hooks/erp"))).get(0);
        byte[] body = request.getBody();
        CloudEvent event = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE).deserialize(body);
        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getId()).isEqualTo(id);
        assertThat(event.getSource()).isEqualTo(SOURCE);
        assertThat(event.getType()).isEqualTo(WORK_ORDER_CREATED);
        assertThat(event.getSubject()).isEqualTo("ep-1");
        assertThat(event.getTime().toInstant()).isEqualTo(OCCURRED);
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(JsonMapper.builder().build().readTree(event.getData().toBytes())).isEqualTo(JsonMapper.builder()
                .build().readTree("{\"workOrder\": \"WR-1003\", \"asset\": \"north-l1-motor-01\"}"));
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/cloudevents+json; charset=utf-8");
        assertThat(request.getHeader("X-Millwright-Signature")).isEqualTo("sha256=" + hmac(body, SECRET));
        assertThat(request.getHeader("X-Millwright-Event-Id")).isEqualTo(id);
        assertThat(publisher.pending()).isZero();
    }

    @Test
    void theSameOccurrenceAlwaysHasTheSameIdAndAnotherOccurrenceAnother() {
        publisher = publisher(1);

        String first = publisher.publish(workOrderCreated("ep-1"));
        String again = publisher.publish(workOrderCreated("ep-1"));
        String other = publisher.publish(workOrderCreated("ep-2"));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void aFailingReceiverIsRetriedWithTheSameEventThenDroppedAndDeadLettered() {
        receiver.stubFor(post(urlEqualTo("/hooks/down")).willReturn(aResponse().withStatus(503)
                .withBody("maintenance until 09:00")));
        publisher = publisher(3, subscriber("down", "/hooks/down", "*"));

        String id = publisher.publish(workOrderCreated("ep-1"));

        await().atMost(Duration.ofSeconds(5)).until(() -> count("down", "dropped") == 1);
        List<LoggedRequest> attempts = receiver.findAll(postRequestedFor(urlEqualTo("/hooks/down")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(request -> request.getHeader("X-Millwright-Delivery-Attempt"))
                .containsExactly("1", "2", "3");
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
        assertThat(count("down", "retried")).isEqualTo(2);
        assertThat(deadLetters).singleElement().satisfies(dead -> {
            assertThat(dead.subscriber()).isEqualTo("down");
            assertThat(dead.eventId()).isEqualTo(id);
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.reason()).isEqualTo("HTTP 503: maintenance until 09:00");
            assertThat(dead.droppedAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(publisher.pending()).isZero();
    }

    @Test
    void aReceiverThatRecoversGetsTheEventOnALaterAttempt() {
        receiver.stubFor(post(urlEqualTo("/hooks/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("one failure"));
        receiver.stubFor(post(urlEqualTo("/hooks/flaky")).inScenario("flaky").whenScenarioStateIs("one failure")
                .willReturn(aResponse().withStatus(429)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo("/hooks/flaky")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(202)));
        publisher = publisher(5, subscriber("flaky", "/hooks/flaky", "*"));

        publisher.publish(workOrderCreated("ep-1"));

        await().atMost(Duration.ofSeconds(5)).until(() -> delivered("flaky") == 1);
        assertThat(count("flaky", "retried")).isEqualTo(2);
        assertThat(count("flaky", "dropped")).isZero();
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void aReceiverThatRejectsTheEventIsNotAskedAgain() {
        receiver.stubFor(post(urlEqualTo("/hooks/strict")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\": \"unknown event type\"}")));
        publisher = publisher(5, subscriber("strict", "/hooks/strict", "*"));

        publisher.publish(workOrderCreated("ep-1"));

        await().atMost(Duration.ofSeconds(5)).until(() -> count("strict", "dropped") == 1);
        receiver.verify(1, postRequestedFor(urlEqualTo("/hooks/strict")));
        assertThat(deadLetters.get(0).reason()).isEqualTo("rejected by the receiver: HTTP 400: {\"error\":"
                + " \"unknown event type\"}");
    }

    @Test
    void eachSubscriberGetsOnlyTheEventTypesItAskedFor() {
        receiver.stubFor(post(urlEqualTo("/hooks/erp")).willReturn(ok()));
        receiver.stubFor(post(urlEqualTo("/hooks/quality")).willReturn(ok()));
        publisher = publisher(1, subscriber("erp", "/hooks/erp", "org.millwright.workorder.*"),
                subscriber("quality", "/hooks/quality", CONDITION_RAISED));

        publisher.publish(workOrderCreated("ep-1"));
        publisher.publish(new BusinessEvent(CONDITION_RAISED, "ep-2", "ep-2/raised", OCCURRED,
                Map.of("asset", "north-l1-motor-01", "severity", "ALARM")));
        publisher.publish(new BusinessEvent("org.millwright.condition.cleared", "ep-2", "ep-2/cleared", OCCURRED,
                Map.of()));

        await().atMost(Duration.ofSeconds(5)).until(() -> delivered("erp") == 1 && delivered("quality") == 1);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hooks/erp"))))
                .extracting(request -> request.getBodyAsString()).singleElement().asString()
                .contains(WORK_ORDER_CREATED);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hooks/quality"))))
                .extracting(request -> request.getBodyAsString()).singleElement().asString()
                .contains(CONDITION_RAISED);
    }

    @Test
    void publishingReturnsBeforeASlowReceiverAnswersAndAFullQueueRefusesTheRest() {
        receiver.stubFor(post(urlEqualTo("/hooks/slow")).willReturn(ok().withFixedDelay(1_500)));
        publisher = new WebhookPublisher(new WebhookSettings(SOURCE, List.of(subscriber("slow", "/hooks/slow", "*")),
                2, 1, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5)), CLOCK, meters,
                deadLetters::add);

        for (int i = 1; i <= 5; i++) {
            publisher.publish(workOrderCreated("ep-" + i));
        }

        assertThat(delivered("slow")).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> count("slow", "dropped") == 3);
        assertThat(deadLetters).extracting(UndeliveredWebhook::reason)
                .containsOnly("the queue is full (2 deliveries pending)");
        assertThat(deadLetters).extracting(UndeliveredWebhook::attempts).containsOnly(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> delivered("slow") == 2);
    }

    @Test
    void aDeadLetterIsRedeliveredWithItsOriginalIdOnceTheReceiverIsBack() {
        receiver.stubFor(post(urlEqualTo("/hooks/erp")).willReturn(aResponse().withStatus(503)));
        publisher = publisher(1, subscriber("erp", "/hooks/erp", "*"));
        String id = publisher.publish(workOrderCreated("ep-1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> deadLetters.size() == 1);
        receiver.stubFor(post(urlEqualTo("/hooks/erp")).willReturn(ok()));

        publisher.redeliver(deadLetters.get(0));

        await().atMost(Duration.ofSeconds(5)).until(() -> delivered("erp") == 1);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hooks/erp"))))
                .extracting(request -> request.getHeader("X-Millwright-Event-Id")).containsOnly(id);
    }

    @Test
    void closingHandsWhatIsStillWaitingToTheDeadLetters() {
        receiver.stubFor(post(urlEqualTo("/hooks/down")).willReturn(aResponse().withStatus(503)));
        publisher = new WebhookPublisher(new WebhookSettings(SOURCE, List.of(subscriber("down", "/hooks/down", "*")),
                10, 5, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(5)), CLOCK, meters,
                deadLetters::add);
        publisher.publish(workOrderCreated("ep-1"));
        await().atMost(Duration.ofSeconds(5)).until(() -> count("down", "retried") == 1);

        publisher.close();

        assertThat(deadLetters).singleElement().satisfies(dead -> {
            assertThat(dead.attempts()).isEqualTo(1);
            assertThat(dead.reason()).isEqualTo("the publisher closed before it was delivered");
        });
        assertThat(publisher.pending()).isZero();
    }

    private WebhookPublisher publisher(int maxAttempts, WebhookSubscriber... subscribers) {
        return new WebhookPublisher(new WebhookSettings(SOURCE, List.of(subscribers), 100, maxAttempts,
                Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)), CLOCK, meters,
                deadLetters::add);
    }

    private WebhookSubscriber subscriber(String name, String path, String... types) {
        return new WebhookSubscriber(name, URI.create("http://127.0.0.1:" + receiver.port() + path), Set.of(types),
                SECRET);
    }

    private static BusinessEvent workOrderCreated(String episode) {
        return new BusinessEvent(WORK_ORDER_CREATED, episode, episode + "/work-order", OCCURRED,
                Map.of("workOrder", "WR-1003", "asset", "north-l1-motor-01"));
    }

    private double delivered(String subscriber) {
        return count(subscriber, "delivered");
    }

    private double count(String subscriber, String outcome) {
        Counter counter = meters.find("millwright.webhook.deliveries").tag("subscriber", subscriber)
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
