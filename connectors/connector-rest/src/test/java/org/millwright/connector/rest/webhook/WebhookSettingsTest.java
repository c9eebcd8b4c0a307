package org.millwright.connector.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.connector.rest.RestConfigException;

/** A webhook file names its subscribers, their event types and their secrets by reference. */
class WebhookSettingsTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("ACME_WEBHOOK_SECRET", "whsec-1");

    @Test
    void readsSubscribersWithSecretsFromTheEnvironmentAndDeliveryDefaults() {
        WebhookSettings settings = WebhookSettings.parse("""
                source: urn:millwright:hub:north
                delivery: {maxAttempts: 8, maxBackoff: PT10M}
                subscribers:
                  - name: acme-bus
                    url: https://hooks.acme.example/millwright
                    events: [org.millwright.workorder.*, org.millwright.condition.raised]
                    secret: {env: ACME_WEBHOOK_SECRET}
                """, "webhooks.yaml", ENVIRONMENT::get);

        assertThat(settings.source()).isEqualTo(URI.create("urn:millwright:hub:north"));
        assertThat(settings.maxAttempts()).isEqualTo(8);
        assertThat(settings.maxBackoff()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.initialBackoff()).isEqualTo(WebhookSettings.DEFAULT_INITIAL_BACKOFF);
        assertThat(settings.queueCapacity()).isEqualTo(WebhookSettings.DEFAULT_QUEUE_CAPACITY);
        WebhookSubscriber bus = settings.subscribers().get(0);
        assertThat(bus.secret()).isEqualTo("whsec-1");
        assertThat(bus.toString()).doesNotContain("whsec-1");
        assertThat(bus.accepts("org.millwright.workorder.completed")).isTrue();
        assertThat(bus.accepts("org.millwright.condition.raised")).isTrue();
        assertThat(bus.accepts("org.millwright.condition.cleared")).isFalse();
    }

    @Test
    void theShippedExampleLoads(@TempDir Path secrets) throws Exception {
        Path qms = secrets.resolve("qms-webhook");
        Files.writeString(qms, "whsec-qms\n");
        String example = new String(WebhookSettingsTest.class.getResourceAsStream("/examples/webhooks.yaml")
                .readAllBytes(), StandardCharsets.UTF_8).replace("/run/secrets/qms-webhook", qms.toString());

        WebhookSettings settings = WebhookSettings.parse(example, "webhooks.yaml", ENVIRONMENT::get);

        assertThat(settings.subscribers()).extracting(WebhookSubscriber::name)
                .containsExactly("acme-service-bus", "quality-system");
        assertThat(settings.subscribers().get(1).secret()).isEqualTo("whsec-qms");
        assertThat(settings.subscribers().get(1).accepts("org.millwright.condition.cleared")).isTrue();
        assertThat(settings.timeout()).isEqualTo(WebhookSettings.DEFAULT_TIMEOUT);
    }

    @Test
    void aLiteralSecretIsALoadError() {
        RestConfigException problem = rejected("""
                source: urn:millwright:hub
                subscribers:
                  - name: acme-bus
                    url: https://hooks.acme.example/millwright
                    events: ["*"]
                    secret: whsec-in-clear-text
                """);

        assertThat(problem.getMessage()).isEqualTo("webhooks.yaml line 6: subscribers[0].secret: 'secret' holds a"
                + " literal secret; write a reference instead: {env: NAME} or {file: /path/to/secret} (with prefix:"
                + " \"Bearer \" if the value needs one)");
    }

    @Test
    void aSubscriberMustBeReachableOverHttp() {
        RestConfigException problem = rejected("""
                source: urn:millwright:hub
                subscribers:
                  - name: acme-bus
                    url: ftp://hooks.acme.example/millwright
                    events: ["*"]
                    secret: {env: ACME_WEBHOOK_SECRET}
                """);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.problem()).isEqualTo("subscribers[0]: subscriber acme-bus: url must be an absolute http(s)"
                + " URL: ftp://hooks.acme.example/millwright");
    }

    @Test
    void anUnknownDeliveryKeyIsNamed() {
        RestConfigException problem = rejected("""
                source: urn:millwright:hub
                delivery: {retries: 3}
                subscribers: []
                """);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.problem()).isEqualTo("delivery.retries: unknown key 'retries'; allowed: queueCapacity,"
                + " maxAttempts, initialBackoff, maxBackoff, timeout");
    }

    private static RestConfigException rejected(String yaml) {
        return catchThrowableOfType(RestConfigException.class,
                () -> WebhookSettings.parse(yaml, "webhooks.yaml", ENVIRONMENT::get));
    }
}
