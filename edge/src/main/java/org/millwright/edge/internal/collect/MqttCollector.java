package org.millwright.edge.internal.collect;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.millwright.edge.config.SourceSettings;
import org.millwright.edge.internal.buffer.EdgeSample;
import org.millwright.edge.internal.mqtt.PersistentClient;
import org.millwright.ingest.Decoded;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects JSON samples from a local MQTT broker on unified-namespace topics, e.g. from the plant simulator or a
 * PLC gateway. Subscribes with QoS 1 and a persistent session, and acknowledges a publish only once its sample
 * is durable in the buffer (or filtered out), so a crash of the agent loses nothing the local broker delivered.
 * Payloads are judged by the hub's own decoder, placing each asset where its topic says (the edge has no asset
 * catalogue); a payload the decoder rejects is counted, logged and acknowledged. The source's own {@code seq} is
 * replaced by the agent's.
 *
 * <p>Threads: publishes are handled one at a time on {@code millwright-edge-mqtt-<name>}, which blocks while the
 * intake is full (the broker then holds further messages).
 */
public final class MqttCollector implements Collector {
    private static final Logger LOG = LoggerFactory.getLogger(MqttCollector.class);

    private final String sourceId;
    private final SourceSettings.Mqtt settings;
    private final Intake intake;
    private final Clock clock;
    private final PersistentClient connection;
    private final ExecutorService dispatcher;
    private final AtomicLong invalid = new AtomicLong();

    public MqttCollector(String sourceId, SourceSettings.Mqtt settings, Intake intake, Clock clock) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connection = new PersistentClient(settings.host(), settings.port(), settings.clientId(),
                settings.username(), settings.password(), Duration.ofDays(1), Duration.ofSeconds(30),
                Duration.ofSeconds(10), Duration.ofSeconds(30), new PersistentClient.Events() {
                    @Override
                    public void connected(boolean sessionPresent) {
                        LOG.info("Source {}: connected to local broker {}:{} (session present: {})", sourceId,
                                settings.host(), settings.port(), sessionPresent);
                        if (!sessionPresent) {
                            subscribe();
                        }
                    }

                    @Override
                    public void disconnected(Throwable cause, int attempt, Duration retryIn) {
                        LOG.warn("Source {}: no connection to local broker {}:{} ({}); attempt {} in {} ms", sourceId,
                                settings.host(), settings.port(), cause.toString(), attempt, retryIn.toMillis());
                    }
                });
        this.dispatcher = Executors.newSingleThreadExecutor(
                Collector.daemonThread("millwright-edge-mqtt-" + settings.name()));
    }

    @Override
    public String sourceId() {
        return sourceId;
    }

    @Override
    public void start() {
        connection.client().publishes(MqttGlobalPublishFilter.ALL, this::onPublish, dispatcher, true);
        connection.connect();
    }

    private void subscribe() {
        connection.client().subscribeWith().topicFilter(settings.topicFilter()).qos(MqttQos.AT_LEAST_ONCE).send()
                .whenComplete((ack, failure) -> {
                    if (failure != null) {
                        LOG.error("Source {}: cannot subscribe to {}", sourceId, settings.topicFilter(), failure);
                    }
                });
    }

    private void onPublish(Mqtt5Publish publish) {
        String topic = publish.getTopic().toString();
        Optional<EdgeSample> sample = decode(topic, publish.getPayloadAsBytes());
        if (sample.isEmpty()) {
            publish.acknowledge();
            return;
        }
        try {
            intake.offer(List.of(sample.get()), publish::acknowledge);
        } catch (IllegalStateException e) {
            LOG.debug("Source {}: sample on {} left unacknowledged for redelivery: {}", sourceId, topic, e.getMessage());
        }
    }

    private Optional<EdgeSample> decode(String topic, byte[] payload) {
        String[] levels = topic.split("/", -1);
        Decoded decoded;
        if (levels.length == 6) {
            Isa95Location location = new Isa95Location(levels[0], levels[1], levels[2], levels[3]);
            // the edge has no catalogue: any asset is taken to be where its topic places it
            JsonSampleDecoder decoder = JsonSampleDecoder.of(id -> Optional.of(new Asset(id, id.value(),
                    AssetClass.MOTOR, location, MachineGroup.GROUP_2, SupportType.RIGID)));
            decoded = decoder.decode(topic, payload, clock.instant());
        } else {
            decoded = new Decoded.Rejected(org.millwright.ingest.RejectReason.MALFORMED_TOPIC,
                    "topic has " + levels.length + " levels, expected enterprise/site/area/line/asset/signal");
        }
        if (decoded instanceof Decoded.Accepted accepted) {
            var signal = accepted.signal();
            return Optional.of(new EdgeSample(sourceId, topic, signal.type(), signal.value(), signal.observedAt(),
                    signal.quality()));
        }
        Decoded.Rejected rejected = (Decoded.Rejected) decoded;
        long count = invalid.incrementAndGet();
        if (count == 1 || count % 1000 == 0) {
            LOG.warn("Source {}: dropped an invalid sample on {} ({}: {}); {} so far (logged at the 1st and every "
                    + "1000th)", sourceId, topic, rejected.reason().code(), rejected.detail(), count);
        } else {
            LOG.debug("Source {}: dropped an invalid sample on {} ({}: {})", sourceId, topic,
                    rejected.reason().code(), rejected.detail());
        }
        return Optional.empty();
    }

    /** Payloads the decoder rejected since start. */
    public long invalidCount() {
        return invalid.get();
    }

    @Override
    public String state() {
        return connection.isConnected() ? "CONNECTED" : "DISCONNECTED";
    }

    @Override
    public void close() {
        connection.close(Duration.ofSeconds(5));
        dispatcher.shutdownNow();
    }
}
