package org.millwright.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;
import org.millwright.simulator.internal.mqtt.MqttConnection;
import org.millwright.simulator.internal.mqtt.SampleCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plant: publishes every signal of every asset over MQTT 5 at its configured interval, with values from
 * {@link PlantPhysics}. See the package documentation for topics and payloads.
 *
 * <p><b>Two clocks.</b> Physics and scripted degradations run on <em>plant time</em>: wall time elapsed since
 * {@link #start} multiplied by {@link SimulatorConfig#timeAcceleration()}, so a two-minute degradation can play
 * out in seconds. Samples are nevertheless stamped with the <em>wall</em> clock ({@code Instant.now(clock)}):
 * with acceleration, stamping plant time would put samples in the future and the hub would reject them. The
 * hub therefore sees an accelerated plant as one whose machines change faster than real ones would.
 *
 * <p><b>Threads.</b> One scheduler thread ({@code millwright-simulator}) computes and publishes all samples and
 * owns the sequence counters; {@link #repair} and repair messages may arrive on any thread.
 *
 * <p>If the broker goes away the client reconnects with backoff; samples due meanwhile are dropped, which the
 * subscriber sees as a gap in {@code seq}.
 */
public final class PlantSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlantSimulator.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final SimulatorConfig config;
    private final List<SimAsset> assets;
    private final PlantPhysics physics;
    private final MqttConnection connection;
    private final ScheduledExecutorService scheduler;
    private final Instant startedAt;
    /** Topic per signal ordinal and asset index. */
    private final String[][] topics;
    /** Last sequence number per signal ordinal and asset index; owned by the scheduler thread. */
    private final long[][] sequences;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PlantSimulator(SimulatorConfig config, PlantDefinition plant, MqttConnection connection) {
        this.config = config;
        this.assets = plant.assets();
        this.physics = new PlantPhysics(plant, config.seed(), config.realistic());
        this.connection = connection;
        int signals = SignalType.values().length;
        this.topics = new String[signals][assets.size()];
        this.sequences = new long[signals][assets.size()];
        for (SignalType signal : SignalType.values()) {
            for (int i = 0; i < assets.size(); i++) {
                topics[signal.ordinal()][i] = SampleCodec.topic(assets.get(i).asset(), signal);
            }
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "millwright-simulator");
            thread.setDaemon(true);
            return thread;
        });
        this.startedAt = config.clock().instant();
    }

    /**
     * Connects to the broker, subscribes to the repair topic if configured and starts publishing; plant time
     * starts now.
     *
     * @throws IllegalStateException naming host:port when the broker cannot be reached within
     *                               {@link SimulatorConfig#connectTimeout()}
     */
    public static PlantSimulator start(SimulatorConfig config, PlantDefinition plant) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(plant, "plant");
        MqttConnection connection = MqttConnection.open(config.host(), config.port(), config.clientId(), config.qos(),
                config.connectTimeout());
        PlantSimulator simulator = new PlantSimulator(config, plant, connection);
        try {
            config.repairTopic().ifPresent(topic ->
                    connection.subscribe(topic, simulator::onRepairMessage, config.connectTimeout()));
            for (SignalType signal : SignalType.values()) {
                long period = config.publishIntervals().get(signal).toNanos();
                simulator.scheduler.scheduleAtFixedRate(() -> simulator.publish(signal), 0, period, TimeUnit.NANOSECONDS);
            }
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
        LOG.info("simulator publishing {} assets to {}:{} (time x{}, seed {})", plant.assets().size(), config.host(),
                config.port(), config.timeAcceleration(), config.seed());
        return simulator;
    }

    /**
     * Replaces the asset's bearing: it reads healthy from now on and its scripted degradation is cancelled.
     *
     * @throws IllegalArgumentException when the plant has no such asset
     */
    public void repair(AssetId asset) {
        physics.repair(asset);
        LOG.info("simulated asset {} repaired", asset);
    }

    /** Samples the broker has acknowledged (QoS 1/2) or that were written to the network (QoS 0). */
    public long published() {
        return connection.acknowledged();
    }

    /** Samples not delivered because the broker was unreachable or refused them. */
    public long dropped() {
        return connection.dropped();
    }

    /** Plant time elapsed since start: wall time elapsed times the time acceleration. */
    public Duration plantTime() {
        return plantTimeAt(config.clock().instant());
    }

    private Duration plantTimeAt(Instant wallTime) {
        Duration elapsed = Duration.between(startedAt, wallTime);
        return elapsed.isNegative() ? Duration.ZERO : Duration.ofNanos(Math.round(elapsed.toNanos() * config.timeAcceleration()));
    }

    /** Stops publishing and disconnects; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close(STOP_TIMEOUT);
        LOG.info("simulator stopped: {} samples published, {} dropped", published(), dropped());
    }

    /** Runs on the scheduler thread. */
    private void publish(SignalType signal) {
        try {
            Instant now = config.clock().instant();
            Duration plantTime = plantTimeAt(now);
            int s = signal.ordinal();
            for (int i = 0; i < assets.size(); i++) {
                if (!physics.reporting(assets.get(i).id(), plantTime)) {
                    continue;
                }
                double value = physics.value(assets.get(i).id(), signal, plantTime);
                long seq = ++sequences[s][i];
                connection.publish(topics[s][i], SampleCodec.encode(now, signal, value, seq));
            }
        } catch (RuntimeException e) {
            // An escaping exception would silently cancel the periodic task.
            LOG.error("simulator failed to publish {} samples", signal.wireName(), e);
        }
    }

    /** Runs on an MQTT client thread. */
    private void onRepairMessage(byte[] payload) {
        SampleCodec.decodeRepair(payload).ifPresentOrElse(asset -> {
            if (assets.stream().anyMatch(a -> a.id().equals(asset))) {
                repair(asset);
            } else {
                LOG.debug("maintenance completed on {}, which this plant does not simulate", asset);
            }
        }, () -> LOG.warn("ignored a maintenance-completed message without a valid \"assetId\": {}",
                new String(payload, StandardCharsets.UTF_8)));
    }
}
