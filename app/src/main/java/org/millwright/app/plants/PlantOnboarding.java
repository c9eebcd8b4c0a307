package org.millwright.app.plants;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.millwright.app.BrokerAddress;
import org.millwright.app.MillwrightProperties;
import org.millwright.app.pipeline.AssetCatalogueService;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.Pipeline;
import org.millwright.onboarding.PlantReload;
import org.millwright.onboarding.PlantSources;
import org.millwright.onboarding.PlantSourcesConfig;
import org.millwright.onboarding.PlantStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the plant files' sources while the hub runs: started after the hub's own telemetry flow (so the asset catalogue
 * is synchronized first), stopped before it, so the pipeline drains after the last plant source closed.
 */
public class PlantOnboarding implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(PlantOnboarding.class);

    private final Optional<PlantSourcesConfig> config;
    private final AssetCatalogueService catalogue;
    private final IngestGateway gateway;
    private final Pipeline pipeline;
    private final Clock clock;
    private volatile PlantSources sources;

    public PlantOnboarding(PlantsProperties plants, MillwrightProperties hub, BrokerAddress broker,
                           AssetCatalogueService catalogue, IngestGateway gateway, Pipeline pipeline, Clock clock) {
        this.config = Optional.ofNullable(plants.directory()).map(directory -> PlantSourcesConfig.builder(directory)
                .pkiDirectory(plants.pkiDirectory() != null ? plants.pkiDirectory()
                        : hub.dataDirectory().resolve("opcua"))
                .broker(broker.host(), broker.port())
                .brokerCredentials(Optional.ofNullable(hub.broker().username()), Optional.ofNullable(hub.broker().password()))
                .pollInterval(plants.reloadInterval())
                .build());
        this.catalogue = catalogue;
        this.gateway = gateway;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (config.isEmpty()) {
            log.info("Plant onboarding is off (set millwright.plants.directory to a directory of plant files)");
            return;
        }
        sources = PlantSources.start(config.get(), catalogue, gateway, pipeline, clock);
    }

    @Override
    public void stop() {
        PlantSources running = sources;
        sources = null;
        if (running != null) {
            running.close();
        }
    }

    @Override
    public boolean isRunning() {
        return sources != null;
    }

    /** After {@link org.millwright.app.HubRuntime} (which synchronizes the catalogue), and stopped before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 900;
    }

    /** The plants directory, when onboarding is on. */
    public Optional<Path> directory() {
        return config.map(PlantSourcesConfig::directory);
    }

    /** Every plant file with its sources; empty when onboarding is off or not running. */
    public List<PlantStatus> status() {
        PlantSources running = sources;
        return running == null ? List.of() : running.status();
    }

    /** Applies the directory's changes now; empty when onboarding is off or not running. */
    public Optional<PlantReload> reload() {
        return Optional.ofNullable(sources).map(PlantSources::reload);
    }
}
