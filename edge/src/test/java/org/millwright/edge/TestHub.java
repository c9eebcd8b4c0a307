package org.millwright.edge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.millwright.ingest.DeadLetter;
import org.millwright.ingest.Decoded;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.ingest.Pipeline;
import org.millwright.ingest.SourceSequences;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.millwright.protocol.mqtt.MqttIngestSource;
import org.millwright.protocol.mqtt.MqttSourceConfig;
import org.millwright.simulator.PlantDefinitions;
import org.millwright.simulator.SimAsset;

/**
 * The hub's real ingest path in the test JVM: a persistent MQTT subscription ({@link MqttIngestSource}) into the
 * {@link IngestGateway} with its decoder, de-duplication ({@link SourceSequences}), a live pipeline and a history
 * sink. Records every sample taken in, in arrival order, and every duplicate dropped.
 */
final class TestHub implements AutoCloseable {
    /** A sample the hub took in (first delivery of its source and sequence). */
    record Received(String source, long seq, boolean historical, Signal signal, Instant arrivedAt) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<Decoded.Accepted> duplicates = new CopyOnWriteArrayList<>();
    final List<Signal> live = new CopyOnWriteArrayList<>();
    final List<Decoded.Accepted> history = new CopyOnWriteArrayList<>();
    final List<String> missing = new CopyOnWriteArrayList<>();
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final Pipeline pipeline;
    private final IngestGateway gateway;
    private final MqttIngestSource source;

    TestHub(int brokerPort, Clock clock) {
        Map<AssetId, Asset> assets = PlantDefinitions.loadDefault().assets().stream()
                .collect(Collectors.toMap(SimAsset::id, SimAsset::asset));
        SourceSequences sequences = new SourceSequences(new SourceSequences.Listener() {
            @Override
            public void onNew(Decoded.Accepted sample) {
                received.add(new Received(sample.source().orElseThrow(), sample.sequence().orElseThrow(),
                        sample.historical(), sample.signal(), clock.instant()));
            }

            @Override
            public void onDuplicate(Decoded.Accepted sample) {
                duplicates.add(sample);
            }

            @Override
            public void onMissing(String source, long first, long last) {
                missing.add(source + ":" + first + ".." + last);
            }
        });
        pipeline = Pipeline.start(1, 1000, live::add, clock);
        gateway = new IngestGateway(JsonSampleDecoder.of(id -> Optional.ofNullable(assets.get(id))),
                deadLetters::add, pipeline, clock, sequences, history::add);
        source = new MqttIngestSource(MqttSourceConfig.of("127.0.0.1", brokerPort, "test-hub")
                .withReconnectDelays(Duration.ofMillis(500), Duration.ofSeconds(2)), gateway);
        source.start();
    }

    long historicalCount() {
        return received.stream().filter(Received::historical).count();
    }

    /** The first delivery of each (source, seq). */
    Map<String, Received> bySourceAndSeq() {
        return received.stream().collect(Collectors.toMap(r -> r.source() + "#" + r.seq(), Function.identity()));
    }

    IngestGateway gateway() {
        return gateway;
    }

    @Override
    public void close() {
        source.close();
        pipeline.close(Duration.ofSeconds(5));
    }
}
