package org.millwright.edge.internal.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.millwright.edge.config.SourceSettings;
import org.millwright.edge.internal.buffer.EdgeSample;
import org.millwright.model.Quality;
import org.millwright.model.SignalType;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantDefinitions;
import org.millwright.simulator.PlantPhysics;
import org.millwright.simulator.SimAsset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples the simulator's plant physics, without a broker: every {@code interval}, every signal of every selected
 * asset, stamped with the wall clock, on plant time elapsed since start (as the simulator's own publisher does).
 * Assets in a drop-out of a realistic plant report nothing. One scheduler thread.
 */
public final class SimulatorCollector implements Collector {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorCollector.class);

    private final String sourceId;
    private final SourceSettings.Simulator settings;
    private final Intake intake;
    private final Clock clock;
    private final List<SimAsset> assets;
    private final PlantPhysics physics;
    private final ScheduledExecutorService scheduler;
    private Instant startedAt;

    /**
     * @throws IllegalArgumentException when the plant has no asset of the selection
     */
    public SimulatorCollector(String sourceId, SourceSettings.Simulator settings, Intake intake, Clock clock) {
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.clock = Objects.requireNonNull(clock, "clock");
        PlantDefinition plant = settings.plantFile().map(PlantDefinitions::load).orElseGet(PlantDefinitions::loadDefault);
        List<SimAsset> selected = new ArrayList<>();
        for (SimAsset asset : plant.assets()) {
            if (settings.assets().isEmpty() || settings.assets().contains(asset.id())) {
                selected.add(asset);
            }
        }
        settings.assets().forEach(id -> {
            if (selected.stream().noneMatch(asset -> asset.id().equals(id))) {
                throw new IllegalArgumentException("source " + settings.name() + ": the plant has no asset " + id);
            }
        });
        this.assets = List.copyOf(selected);
        this.physics = new PlantPhysics(plant, settings.seed(), settings.realistic());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Collector.daemonThread("millwright-edge-simulator-" + settings.name()));
    }

    @Override
    public String sourceId() {
        return sourceId;
    }

    @Override
    public void start() {
        startedAt = clock.instant();
        long period = settings.interval().toNanos();
        scheduler.scheduleAtFixedRate(this::tick, 0, period, TimeUnit.NANOSECONDS);
        LOG.info("Source {}: simulating {} assets every {}", sourceId, assets.size(), settings.interval());
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            Duration plantTime = Duration.between(startedAt, now);
            List<EdgeSample> samples = new ArrayList<>(assets.size() * SignalType.values().length);
            for (SimAsset asset : assets) {
                if (!physics.reporting(asset.id(), plantTime)) {
                    continue;
                }
                for (SignalType type : SignalType.values()) {
                    double value = physics.value(asset.id(), type, plantTime);
                    String topic = Collector.topic(asset.asset().location().path(), asset.id().value(), type.wireName());
                    samples.add(new EdgeSample(sourceId, topic, type, value, now, Quality.GOOD));
                }
            }
            intake.offer(samples, () -> { });
        } catch (RuntimeException e) {
            // an escaping exception would cancel the periodic task
            LOG.error("Source {}: sampling failed", sourceId, e);
        }
    }

    @Override
    public String state() {
        return scheduler.isShutdown() ? "CLOSED" : "RUNNING";
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
