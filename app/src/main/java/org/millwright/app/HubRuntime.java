package org.millwright.app;

import java.util.Optional;
import java.util.function.Supplier;
import org.millwright.app.pipeline.AssetCatalogueService;
import org.millwright.protocol.mqtt.MqttIngestSource;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantSimulator;
import org.millwright.simulator.SimulatorConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the flow of telemetry once everything else runs, and stops it first: asset catalogue from the ERP, then
 * the MQTT subscription, then the simulator. On stop the simulator and the subscription close; the pipeline drains
 * when the context closes, and no sample is acknowledged that was not handled.
 */
public class HubRuntime implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(HubRuntime.class);

    private final MillwrightProperties properties;
    private final AssetCatalogueService catalogue;
    private final Supplier<MqttIngestSource> sources;
    private final PlantDefinition plant;
    private final BrokerAddress broker;
    private volatile MqttIngestSource source;
    private volatile PlantSimulator simulator;
    private volatile boolean running;

    /**
     * @param sources makes the hub's MQTT subscription; a new one each start, since the lifecycle may stop and start
     *                the hub again (the persistent session carries over)
     */
    public HubRuntime(MillwrightProperties properties, AssetCatalogueService catalogue,
                      Supplier<MqttIngestSource> sources, PlantDefinition plant, BrokerAddress broker) {
        this.properties = properties;
        this.catalogue = catalogue;
        this.sources = sources;
        this.plant = plant;
        this.broker = broker;
    }

    @Override
    public void start() {
        catalogue.synchronize();
        source = sources.get();
        source.start();
        if (properties.simulator().enabled()) {
            var simulated = properties.simulator();
            simulator = PlantSimulator.start(SimulatorConfig.defaults()
                    .withBroker(broker.host(), broker.port())
                    .withClientId("millwright-simulator")
                    .withPublishInterval(simulated.publishInterval())
                    .withTimeAcceleration(simulated.timeAcceleration())
                    .withSeed(simulated.seed())
                    // The simulated plant is repaired when the hub announces completed maintenance.
                    .withRepairTopic(Optional.of(HubConfiguration.MAINTENANCE_COMPLETED_TOPIC)), plant);
            log.info("Plant simulator publishing {} assets to {}:{}", plant.assets().size(), broker.host(), broker.port());
        }
        running = true;
    }

    /** Retries the catalogue synchronization while the ERP was unreachable at start. */
    @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
    public void synchronizeUntilDone() {
        if (running && !catalogue.isSynced()) {
            catalogue.synchronize();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
        if (source != null) {
            source.close();
            source = null;
        }
    }

    /** Whether the hub's MQTT subscription is connected. */
    public boolean isBrokerConnected() {
        MqttIngestSource current = source;
        return current != null && current.isConnected();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Last to start, first to stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
