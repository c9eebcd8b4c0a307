package org.millwright.edge.internal.collect;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.millwright.edge.config.SourceSettings;
import org.millwright.edge.internal.buffer.EdgeSample;
import org.millwright.model.Signal;
import org.millwright.protocol.opcua.OpcUaSource;

/**
 * Collects from an OPC UA server through the protocol module's {@link OpcUaSource} (subscriptions, reconnects
 * re-creating them, security and trust store as documented there). OPC UA has nothing to acknowledge, so a
 * value is done with once the intake queued it.
 */
public final class OpcUaCollector implements Collector {
    private final String sourceId;
    private final SourceSettings.OpcUa settings;
    private final Intake intake;
    private final Clock clock;
    private OpcUaSource source;

    public OpcUaCollector(String sourceId, SourceSettings.OpcUa settings, Intake intake, Clock clock) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String sourceId() {
        return sourceId;
    }

    @Override
    public void start() {
        source = OpcUaSource.start(settings.client(), this::onSignal, clock);
    }

    private void onSignal(Signal signal) {
        String location = settings.locations().get(signal.asset());
        String topic = Collector.topic(location, signal.asset().value(), signal.type().wireName());
        intake.offer(List.of(new EdgeSample(sourceId, topic, signal.type(), signal.value(), signal.observedAt(),
                signal.quality())), () -> { });
    }

    @Override
    public String state() {
        return source == null ? "NEW" : source.state().state().name();
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }
}
