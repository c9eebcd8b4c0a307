package org.millwright.onboarding.internal.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.millwright.ingest.Acknowledgement;
import org.millwright.ingest.RejectReason;
import org.millwright.onboarding.SourceStatus;
import org.millwright.onboarding.internal.config.BrokerSpec;
import org.millwright.onboarding.internal.config.MqttJsonSpec;
import org.millwright.onboarding.internal.config.PlantSpec;
import org.millwright.onboarding.internal.config.Secret;
import org.millwright.onboarding.internal.config.TagMapping;
import org.millwright.onboarding.internal.mqtt.JsonPayloadReader.Reading;
import org.millwright.onboarding.internal.runtime.RunnerContext;
import org.millwright.onboarding.internal.runtime.SourceContext;
import org.millwright.onboarding.internal.runtime.SourceCounters;
import org.millwright.onboarding.internal.runtime.SourceRunner;
import org.millwright.onboarding.internal.runtime.Supervised;
import org.millwright.protocol.mqtt.MqttIngestSource;
import org.millwright.protocol.mqtt.MqttSourceConfig;

/**
 * Runs an {@link MqttJsonSpec}: subscribes to the template's filter with a persistent session (QoS 1, manual
 * acknowledgement through {@link MqttIngestSource}), maps each topic to its tag by the values of the named levels,
 * reads the payload and hands the value to the intake. A topic of another layout or without a tag is dead-lettered.
 *
 * <p>The client id is {@code millwright-plant-<plant>-<source>-<crc of the filter>}: stable while the subscription
 * is, new when it changes, so that the broker-side session of an old filter cannot keep delivering its topics.
 */
public final class MqttJsonRunner implements SourceRunner {
    private static final String PROTOCOL = "mqtt";

    private final MqttJsonSpec spec;
    private final RunnerContext context;
    private final SourceContext source;
    private final Map<List<String>, TagMapping> tags = new HashMap<>();
    private final String endpoint;
    private final Instant startedAt;
    private final Supervised<MqttIngestSource> client;

    /** Starts connecting in the background. */
    public MqttJsonRunner(PlantSpec plant, MqttJsonSpec spec, RunnerContext context) {
        this.spec = spec;
        this.context = context;
        this.source = new SourceContext(PROTOCOL, plant.id(), spec.id(), plant.enterprise(), plant.site(),
                new SourceCounters());
        spec.tags().forEach(tag -> tags.put(tag.values(), tag.mapping()));
        BrokerSpec broker = spec.broker().orElse(context.hubBroker());
        MqttSourceConfig config = MqttSourceConfig.of(broker.host(), broker.port(), clientId(plant, spec))
                .withTopicFilter(spec.topic().filter())
                .withSessionExpiry(spec.sessionExpiry());
        if (broker.username().isPresent() || broker.password().isPresent()) {
            config = config.withCredentials(broker.username().orElse(""), broker.password().map(Secret::value).orElse(""));
        }
        this.endpoint = "mqtt://" + broker.address() + " " + spec.topic().filter();
        this.startedAt = context.clock().instant();
        MqttSourceConfig started = config;
        this.client = new Supervised<>(source.describe(), context, () -> {
            MqttIngestSource mqtt = new MqttIngestSource(started, this::onPublish);
            mqtt.start();
            return mqtt;
        }, MqttIngestSource::isConnected, MqttIngestSource::lastConnectionError);
    }

    static String clientId(PlantSpec plant, MqttJsonSpec spec) {
        CRC32 crc = new CRC32();
        crc.update(spec.topic().filter().getBytes(StandardCharsets.UTF_8));
        return "millwright-plant-" + plant.id() + '-' + spec.id() + '-' + Long.toHexString(crc.getValue());
    }

    private void onPublish(String topic, byte[] payload, Acknowledgement ack) {
        Optional<List<String>> values = spec.topic().match(topic);
        if (values.isEmpty()) {
            context.intake().reject(source, topic, payload, RejectReason.MALFORMED_TOPIC, "topic '" + topic
                    + "' does not have the layout " + spec.topic().text(), ack);
            return;
        }
        TagMapping tag = tags.get(values.get());
        if (tag == null) {
            context.intake().reject(source, topic, payload, RejectReason.UNKNOWN_SIGNAL, "topic '" + topic
                    + "' matches no tag of " + spec.topic().text() + " (" + describe(values.get()) + ")", ack);
            return;
        }
        Reading reading = JsonPayloadReader.read(payload, spec.payload());
        if (reading instanceof Reading.Unreadable unreadable) {
            context.intake().reject(source, topic, payload, unreadable.reason(), "tag " + tag.tag() + ": "
                    + unreadable.detail(), ack);
            return;
        }
        Reading.Read read = (Reading.Read) reading;
        context.intake().sample(source, tag, read.value(), read.observedAt(), read.quality(), topic, payload, ack);
    }

    private String describe(List<String> values) {
        List<String> names = spec.topic().names();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(values.get(i));
        }
        return text.toString();
    }

    @Override
    public MqttJsonSpec spec() {
        return spec;
    }

    @Override
    public SourceStatus status() {
        return client.status(spec, endpoint, startedAt, source.counters());
    }

    @Override
    public void close() {
        client.close();
    }
}
