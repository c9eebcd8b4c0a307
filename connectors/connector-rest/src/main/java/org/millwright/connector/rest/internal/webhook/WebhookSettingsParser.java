package org.millwright.connector.rest.internal.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.millwright.connector.rest.internal.yaml.SecretReference;
import org.millwright.connector.rest.internal.yaml.YamlDocument;
import org.millwright.connector.rest.internal.yaml.YamlNode;
import org.millwright.connector.rest.webhook.WebhookSettings;
import org.millwright.connector.rest.webhook.WebhookSubscriber;

/** Reads a webhook file; every problem names the file, the line and the path. */
public final class WebhookSettingsParser {
    private static final List<String> TOP_KEYS = List.of("source", "delivery", "subscribers");
    private static final List<String> DELIVERY_KEYS = List.of("queueCapacity", "maxAttempts", "initialBackoff",
            "maxBackoff", "timeout");
    private static final List<String> SUBSCRIBER_KEYS = List.of("name", "url", "events", "secret");

    private WebhookSettingsParser() {
    }

    public static WebhookSettings parse(YamlDocument document, Function<String, String> environment) {
        YamlNode root = document.root().requireObject().allowOnly(TOP_KEYS);
        URI source = uri(root.required("source"));
        YamlNode delivery = root.optional("delivery").orElse(null);
        if (delivery != null) {
            delivery.requireObject().allowOnly(DELIVERY_KEYS);
        }
        List<WebhookSubscriber> subscribers = new ArrayList<>();
        for (YamlNode node : root.required("subscribers").elements()) {
            subscribers.add(subscriber(node, environment));
        }
        try {
            return new WebhookSettings(source, subscribers,
                    delivery != null && delivery.has("queueCapacity") ? delivery.get("queueCapacity").positiveInt()
                            : WebhookSettings.DEFAULT_QUEUE_CAPACITY,
                    delivery != null && delivery.has("maxAttempts") ? delivery.get("maxAttempts").positiveInt()
                            : WebhookSettings.DEFAULT_MAX_ATTEMPTS,
                    duration(delivery, "initialBackoff", WebhookSettings.DEFAULT_INITIAL_BACKOFF),
                    duration(delivery, "maxBackoff", WebhookSettings.DEFAULT_MAX_BACKOFF),
                    duration(delivery, "timeout", WebhookSettings.DEFAULT_TIMEOUT));
        } catch (IllegalArgumentException e) {
            throw (delivery != null ? delivery : root).error(e.getMessage());
        }
    }

    private static WebhookSubscriber subscriber(YamlNode node, Function<String, String> environment) {
        node.requireObject().allowOnly(SUBSCRIBER_KEYS);
        String name = node.required("name").text();
        YamlNode secretNode = node.required("secret");
        if (!SecretReference.isReference(secretNode)) {
            throw secretNode.error(SecretReference.literalSecretProblem("'secret'"));
        }
        String secret = SecretReference.resolve(secretNode, environment);
        Set<String> events = new LinkedHashSet<>();
        YamlNode eventsNode = node.required("events");
        for (YamlNode event : eventsNode.elements()) {
            events.add(event.text());
        }
        try {
            return new WebhookSubscriber(name, uri(node.required("url")), events, secret);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static URI uri(YamlNode node) {
        try {
            return new URI(node.text());
        } catch (java.net.URISyntaxException e) {
            throw node.error("'" + node.text() + "' is not a URI: " + e.getReason());
        }
    }

    private static Duration duration(YamlNode delivery, String key, Duration fallback) {
        return delivery != null && delivery.has(key) ? delivery.get(key).duration() : fallback;
    }
}
