package org.millwright.onboarding.internal.sparkplug;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.onboarding.SourceStatus;
import org.millwright.onboarding.internal.config.BrokerSpec;
import org.millwright.onboarding.internal.config.PlantSpec;
import org.millwright.onboarding.internal.config.SparkplugSpec;
import org.millwright.onboarding.internal.runtime.Intake;
import org.millwright.onboarding.internal.runtime.RunnerContext;
import org.millwright.onboarding.internal.runtime.SourceContext;
import org.millwright.onboarding.internal.runtime.SourceCounters;
import org.millwright.onboarding.internal.runtime.SourceRunner;
import org.millwright.onboarding.internal.runtime.Supervised;
import org.millwright.protocol.sparkplug.MetricMapping;
import org.millwright.protocol.sparkplug.SparkplugHostApplication;
import org.millwright.protocol.sparkplug.SparkplugHostConfig;
import org.millwright.protocol.sparkplug.SparkplugListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link SparkplugSpec} as a Sparkplug B primary host application (the protocol module's
 * {@link SparkplugHostApplication}: STATE, BIRTH/DEATH sessions, aliases, rebirth requests). The host maps each
 * configured metric to its asset and signal unscaled; the tag's scaling and unit conversion happen in the intake like
 * for every other source. Malformed payloads and unknown aliases are dead-lettered by the host through the intake;
 * historical (store-and-forward) values are counted but not fed to live detection.
 */
public final class SparkplugRunner implements SourceRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SparkplugRunner.class);

    private final SparkplugSpec spec;
    private final RunnerContext context;
    private final SourceContext source;
    private final Map<String, SparkplugSpec.Metric> metrics = new HashMap<>();
    private final String endpoint;
    private final Instant startedAt;
    private final Supervised<SparkplugHostApplication> client;

    /** Starts connecting in the background. */
    public SparkplugRunner(PlantSpec plant, SparkplugSpec spec, RunnerContext context) {
        this.spec = spec;
        this.context = context;
        this.source = new SourceContext(SparkplugHostApplication.SOURCE, plant.id(), spec.id(), plant.enterprise(),
                plant.site(), new SourceCounters());
        List<MetricMapping> mappings = spec.metrics().stream().map(metric -> {
            metrics.put(key(metric.mapping().asset(), metric.mapping().signal()), metric);
            return new MetricMapping(metric.group(), metric.edgeNode(), metric.device(), metric.metric(),
                    metric.mapping().asset(), metric.mapping().signal(), 1.0);
        }).toList();
        BrokerSpec broker = spec.broker().orElse(context.hubBroker());
        SparkplugHostConfig config = SparkplugHostConfig.of(broker.host(), broker.port(), spec.hostId(), spec.groups())
                .withMappings(mappings)
                .withClientId("millwright-plant-" + plant.id() + '-' + spec.id());
        this.endpoint = "mqtt://" + broker.address() + " spBv1.0/" + String.join(",", spec.groups()) + " as host "
                + spec.hostId();
        this.startedAt = context.clock().instant();
        Listener listener = new Listener();
        this.client = new Supervised<>(source.describe(), context, () -> {
            SparkplugHostApplication host = new SparkplugHostApplication(config, listener,
                    context.intake().deadLetters(source), context.clock());
            host.start();
            return host;
        }, SparkplugHostApplication::isConnected, host -> Optional.empty());
    }

    private static String key(AssetId asset, SignalType signal) {
        return asset.value() + '/' + signal.wireName();
    }

    /** Called on the host's dispatcher thread. */
    private final class Listener implements SparkplugListener {
        @Override
        public void onLive(Signal signal) {
            SparkplugSpec.Metric metric = metrics.get(key(signal.asset(), signal.type()));
            context.intake().sample(source, metric.mapping(), signal.value(), Optional.of(signal.observedAt()),
                    signal.quality(), "spBv1.0/" + metric.mapping().tag(),
                    Intake.rawPayload(signal.value(), signal.observedAt(), signal.quality()), () -> { });
        }

        @Override
        public void onHistorical(Signal signal) {
            context.intake().skip(source);
            LOG.debug("{}: historical {} of {} at {} is not fed to live detection", source.describe(),
                    signal.type().wireName(), signal.asset(), signal.observedAt());
        }

        @Override
        public void onStale(AssetId asset, SignalType type) {
            LOG.info("{}: {} of {} is stale (its edge node or device went offline)", source.describe(),
                    type.wireName(), asset);
        }
    }

    @Override
    public SparkplugSpec spec() {
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
