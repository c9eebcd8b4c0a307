package org.millwright.edge;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.millwright.edge.config.EdgeConfig;
import org.millwright.edge.config.SourceSettings;
import org.millwright.edge.internal.buffer.SampleBuffer;
import org.millwright.edge.internal.collect.Collector;
import org.millwright.edge.internal.collect.Intake;
import org.millwright.edge.internal.collect.MqttCollector;
import org.millwright.edge.internal.collect.OpcUaCollector;
import org.millwright.edge.internal.collect.SimulatorCollector;
import org.millwright.edge.internal.filter.SampleFilter;
import org.millwright.edge.internal.forward.Forwarder;
import org.millwright.edge.internal.status.StatusServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running agent: collectors → filter → SQLite buffer → forwarder to the hub, plus the counters in the log and
 * on the optional status endpoint. See the module README for the delivery semantics.
 *
 * <p>{@link #start} opens the buffer and returns once everything runs; it does not wait for the hub, so the agent
 * buffers from the first second even when the hub is unreachable. {@link #close} stops the collectors, writes what
 * they handed over, forwards for a few seconds more while connected, and closes the buffer; what is left stays in
 * the file for the next start.
 */
public final class EdgeAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EdgeAgent.class);
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final EdgeConfig config;
    private final SampleBuffer buffer;
    private final Intake intake;
    private final Forwarder forwarder;
    private final List<Collector> collectors;
    private final ScheduledExecutorService reporter;
    private final StatusServer status;

    private EdgeAgent(EdgeConfig config, SampleBuffer buffer, Intake intake, Forwarder forwarder,
                      List<Collector> collectors, ScheduledExecutorService reporter, StatusServer status) {
        this.config = config;
        this.buffer = buffer;
        this.intake = intake;
        this.forwarder = forwarder;
        this.collectors = collectors;
        this.reporter = reporter;
        this.status = status;
    }

    /**
     * Starts the agent.
     *
     * @throws IllegalStateException when the buffer file, a source or the status port cannot be used (naming it)
     */
    public static EdgeAgent start(EdgeConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        SampleBuffer buffer = SampleBuffer.open(config.buffer());
        Intake intake = new Intake(buffer, new SampleFilter(config.filters()));
        Forwarder forwarder = new Forwarder(config.hub(), config.backfill(), buffer, clock);
        List<Collector> collectors = new ArrayList<>();
        try {
            for (SourceSettings source : config.sources()) {
                collectors.add(collector(config.sourceId(source), source, intake, clock));
            }
            forwarder.start();
            collectors.forEach(Collector::start);
        } catch (RuntimeException e) {
            collectors.forEach(Collector::close);
            intake.close();
            forwarder.close(Duration.ZERO);
            buffer.close();
            throw e;
        }
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "millwright-edge-reporter");
            thread.setDaemon(true);
            return thread;
        });
        EdgeAgent[] agent = new EdgeAgent[1];
        StatusServer status = config.status().httpPort()
                .map(port -> StatusServer.start(port, () -> agent[0].status().toJson())).orElse(null);
        agent[0] = new EdgeAgent(config, buffer, intake, forwarder, List.copyOf(collectors), reporter, status);
        long every = config.status().logInterval().toMillis();
        reporter.scheduleAtFixedRate(() -> LOG.info("Counters: {}", agent[0].status().summary()), every, every,
                TimeUnit.MILLISECONDS);
        LOG.info("Edge agent {} started with {} source(s){}", config.agentId(), collectors.size(),
                status == null ? "" : "; status on http://127.0.0.1:" + status.port() + "/status");
        return agent[0];
    }

    private static Collector collector(String sourceId, SourceSettings source, Intake intake, Clock clock) {
        if (source instanceof SourceSettings.Simulator simulator) {
            return new SimulatorCollector(sourceId, simulator, intake, clock);
        }
        if (source instanceof SourceSettings.OpcUa opcUa) {
            return new OpcUaCollector(sourceId, opcUa, intake, clock);
        }
        return new MqttCollector(sourceId, (SourceSettings.Mqtt) source, intake, clock);
    }

    /** The counters now. */
    public EdgeStatus status() {
        SampleBuffer.Stats stats = buffer.stats();
        Map<String, String> sources = new LinkedHashMap<>();
        collectors.forEach(collector -> sources.put(collector.sourceId(), collector.state()));
        return new EdgeStatus(config.agentId(), forwarder.isConnected(), forwarder.backfilling(), sources,
                intake.collectedCount(), intake.filteredCount(), stats.buffered(), forwarder.forwardedCount(),
                forwarder.forwardedHistoricalCount(), stats.dropped(), stats.rejected(), stats.rows(), stats.bytes(),
                stats.backlogRows(), stats.full(), forwarder.inFlightCount(), stats.lastSequences());
    }

    /** The port of the status endpoint, when it runs. */
    public Optional<Integer> statusPort() {
        return Optional.ofNullable(status).map(StatusServer::port);
    }

    /** Stops collecting, forwards what it can for a few seconds, and closes the buffer. Idempotent enough. */
    @Override
    public void close() {
        LOG.info("Edge agent {} stopping", config.agentId());
        collectors.forEach(Collector::close);
        intake.close();
        forwarder.close(DRAIN);
        reporter.shutdownNow();
        if (status != null) {
            status.close();
        }
        LOG.info("Edge agent {} stopped: {}", config.agentId(), status().summary());
        buffer.close();
    }
}
