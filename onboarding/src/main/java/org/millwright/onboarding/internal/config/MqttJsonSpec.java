package org.millwright.onboarding.internal.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.millwright.onboarding.SourceKind;

/**
 * JSON samples on MQTT topics of the plant's own layout.
 *
 * @param id            source id
 * @param broker        the broker; the hub's own when empty
 * @param topic         the topic layout; its filter is the subscription
 * @param payload       where value, timestamp and quality sit in a payload
 * @param sessionExpiry how long the broker keeps unacknowledged samples while the hub is away
 * @param tags          which topic (by the values of its named levels) is which signal
 */
public record MqttJsonSpec(String id, Optional<BrokerSpec> broker, TopicTemplate topic, PayloadFormat payload,
                           Duration sessionExpiry, List<Tag> tags) implements SourceSpec {

    /**
     * One tag: the topic whose named levels have these values.
     *
     * @param values  the value of each named level, in the template's order
     * @param mapping what it becomes
     */
    public record Tag(List<String> values, TagMapping mapping) {
        public Tag {
            values = List.copyOf(values);
            Objects.requireNonNull(mapping, "mapping");
        }
    }

    public MqttJsonSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        tags = List.copyOf(tags);
    }

    @Override
    public SourceKind kind() {
        return SourceKind.MQTT_JSON;
    }

    @Override
    public List<TagMapping> mappings() {
        return tags.stream().map(Tag::mapping).toList();
    }
}
