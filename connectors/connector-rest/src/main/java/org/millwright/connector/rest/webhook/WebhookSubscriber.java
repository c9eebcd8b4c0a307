package org.millwright.connector.rest.webhook;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * One receiver of business events.
 *
 * @param name       names the subscriber in logs, metrics and dead letters
 * @param url        where the events are POSTed (http or https)
 * @param eventTypes the event types it receives: exact names, or prefixes ending in {@code *}
 *                   ({@code org.millwright.workorder.*}); {@code *} alone is every type
 * @param secret     the HMAC-SHA256 key for the {@code X-Millwright-Signature} header, already resolved from its
 *                   reference (never written in a file); never printed
 */
public record WebhookSubscriber(String name, URI url, Set<String> eventTypes, String secret) {
    public WebhookSubscriber {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        eventTypes = Set.copyOf(eventTypes);
        if (name.isBlank()) {
            throw new IllegalArgumentException("subscriber name must not be blank");
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("subscriber " + name + ": url must be an absolute http(s) URL: " + url);
        }
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("subscriber " + name + " must list at least one event type (or *)");
        }
        if (secret.isBlank()) {
            throw new IllegalArgumentException("subscriber " + name + " needs a signing secret");
        }
    }

    /** Whether this subscriber receives events of this type. */
    public boolean accepts(String type) {
        for (String pattern : eventTypes) {
            if (pattern.endsWith("*") ? type.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(type)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "WebhookSubscriber[" + name + ", " + url + ", " + eventTypes + ", secret ****]";
    }
}
