package org.millwright.connector.rest.webhook;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.millwright.connector.rest.RestConfigException;
import org.millwright.connector.rest.internal.webhook.WebhookSettingsParser;
import org.millwright.connector.rest.internal.yaml.YamlDocument;

/**
 * Who receives business events and how hard the publisher tries.
 *
 * @param source         the CloudEvents {@code source} of every event, a URI reference ({@code urn:millwright:hub})
 * @param queueCapacity  deliveries waiting or in flight, at most; beyond it a delivery is refused (dead-lettered)
 * @param maxAttempts    attempts per delivery, the first included
 * @param initialBackoff wait before the second attempt; doubled for each further one, up to {@code maxBackoff}
 *                       (a longer {@code Retry-After} from the receiver is honoured within that cap)
 * @param timeout        longest wait to connect and for the answer to one attempt
 */
public record WebhookSettings(URI source, List<WebhookSubscriber> subscribers, int queueCapacity, int maxAttempts,
                              Duration initialBackoff, Duration maxBackoff, Duration timeout) {
    public static final int DEFAULT_QUEUE_CAPACITY = 1000;
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(5);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public WebhookSettings {
        Objects.requireNonNull(source, "source");
        subscribers = List.copyOf(subscribers);
        Set<String> names = new HashSet<>();
        subscribers.forEach(subscriber -> {
            if (!names.add(subscriber.name())) {
                throw new IllegalArgumentException("two subscribers are named " + subscriber.name());
            }
        });
        if (queueCapacity < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("queueCapacity and maxAttempts must be at least 1");
        }
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(timeout, "timeout");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
        }
    }

    /** These subscribers with the default delivery settings. */
    public static WebhookSettings of(URI source, List<WebhookSubscriber> subscribers) {
        return new WebhookSettings(source, subscribers, DEFAULT_QUEUE_CAPACITY, DEFAULT_MAX_ATTEMPTS,
                DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_TIMEOUT);
    }

    /**
     * Reads a webhook file (schema in the module README), resolving secret references from the process environment.
     *
     * @throws RestConfigException naming the file, the line and the problem; a literal secret is one
     */
    public static WebhookSettings load(Path file) {
        return load(file, System::getenv);
    }

    public static WebhookSettings load(Path file, Function<String, String> environment) {
        return WebhookSettingsParser.parse(YamlDocument.read(file), environment);
    }

    public static WebhookSettings parse(String yaml, String sourceName, Function<String, String> environment) {
        return WebhookSettingsParser.parse(YamlDocument.parse(yaml, sourceName), environment);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
