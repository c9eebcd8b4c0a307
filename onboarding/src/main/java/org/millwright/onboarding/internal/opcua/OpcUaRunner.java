package org.millwright.onboarding.internal.opcua;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.millwright.model.Signal;
import org.millwright.onboarding.SourceState;
import org.millwright.onboarding.SourceStatus;
import org.millwright.onboarding.internal.config.OpcUaSpec;
import org.millwright.onboarding.internal.config.PlantSpec;
import org.millwright.onboarding.internal.runtime.Intake;
import org.millwright.onboarding.internal.runtime.RunnerContext;
import org.millwright.onboarding.internal.runtime.SourceContext;
import org.millwright.onboarding.internal.runtime.SourceCounters;
import org.millwright.onboarding.internal.runtime.SourceRunner;
import org.millwright.protocol.opcua.ConnectionStatus;
import org.millwright.protocol.opcua.MonitoredNode;
import org.millwright.protocol.opcua.OpcUaSource;
import org.millwright.protocol.opcua.OpcUaSourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link OpcUaSpec} with the protocol module's {@link OpcUaSource}, which connects in the background,
 * reconnects and reports wrong credentials or an untrusted certificate as FAILED with what to do. Each value becomes
 * the raw value of its node's tag, converted and judged by the intake. OPC UA cannot redeliver, so nothing is
 * acknowledged upstream; a value the intake dead-letters stays inspectable.
 */
public final class OpcUaRunner implements SourceRunner {
    private static final Logger LOG = LoggerFactory.getLogger(OpcUaRunner.class);
    private static final String PROTOCOL = "opcua";

    private final OpcUaSpec spec;
    private final RunnerContext context;
    private final SourceContext source;
    private final Map<String, OpcUaSpec.Node> nodes = new HashMap<>();
    private final Instant startedAt;
    private final OpcUaSource client;
    private final Optional<String> startFailure;

    /** Starts connecting in the background. */
    public OpcUaRunner(PlantSpec plant, OpcUaSpec spec, RunnerContext context) {
        this.spec = spec;
        this.context = context;
        this.source = new SourceContext(PROTOCOL, plant.id(), spec.id(), plant.enterprise(), plant.site(),
                new SourceCounters());
        this.startedAt = context.clock().instant();
        Path pki = spec.pki().orElse(context.pkiRoot().resolve(plant.id()).resolve(spec.id()));
        OpcUaSourceConfig.Builder config = OpcUaSourceConfig.builder(spec.endpointUrl(), pki)
                .security(spec.security())
                .applicationUri("urn:millwright:plant:" + plant.id() + ":" + spec.id())
                .publishingInterval(spec.publishingInterval());
        spec.username().ifPresent(user -> config.credentials(user, spec.password().orElseThrow().value()));
        for (OpcUaSpec.Node node : spec.nodes()) {
            nodes.put(key(node.mapping().asset().value(), node.mapping().signal().wireName()), node);
            MonitoredNode monitored = MonitoredNode.of(node.nodeId(), node.mapping().asset(), node.mapping().signal(),
                    node.samplingInterval());
            config.node(node.deadband().map(monitored::withAbsoluteDeadband).orElse(monitored));
        }
        OpcUaSource started = null;
        Optional<String> failure = Optional.empty();
        try {
            started = OpcUaSource.start(config.build(), this::onSignal, context.clock());
        } catch (RuntimeException e) {
            LOG.error("{} could not start: {}", source.describe(), e.getMessage());
            failure = Optional.of("could not start: " + e.getMessage());
        }
        this.client = started;
        this.startFailure = failure;
    }

    private void onSignal(Signal signal) {
        OpcUaSpec.Node node = nodes.get(key(signal.asset().value(), signal.type().wireName()));
        context.intake().sample(source, node.mapping(), signal.value(), Optional.of(signal.observedAt()),
                signal.quality(), spec.endpointUrl() + '#' + node.nodeId(),
                Intake.rawPayload(signal.value(), signal.observedAt(), signal.quality()), () -> { });
    }

    private static String key(String asset, String signal) {
        return asset + '/' + signal;
    }

    @Override
    public OpcUaSpec spec() {
        return spec;
    }

    @Override
    public SourceStatus status() {
        SourceCounters counters = source.counters();
        if (client == null) {
            return new SourceStatus(spec.id(), spec.kind(), spec.endpointUrl(), SourceState.FAILED, startFailure,
                    startedAt, startedAt, counters.receivedCount(), counters.handledCount(), counters.rejectedCount(),
                    counters.lastSampleAt());
        }
        ConnectionStatus now = client.state();
        SourceState state = switch (now.state()) {
            case CONNECTING -> SourceState.CONNECTING;
            case CONNECTED -> SourceState.CONNECTED;
            case RECONNECTING -> SourceState.RECONNECTING;
            case FAILED -> SourceState.FAILED;
            case CLOSED -> SourceState.STOPPED;
        };
        return new SourceStatus(spec.id(), spec.kind(), spec.endpointUrl(), state, now.lastError(), now.since(),
                startedAt, counters.receivedCount() + client.droppedCount(), counters.handledCount(),
                counters.rejectedCount() + client.droppedCount(), counters.lastSampleAt());
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
