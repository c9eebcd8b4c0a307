package org.millwright.app.plants;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.app.BrokerAddress;
import org.millwright.app.MillwrightProperties;
import org.millwright.app.pipeline.AssetCatalogueService;
import org.millwright.console.spi.PlantQueries;
import org.millwright.console.spi.PlantSourceView;
import org.millwright.console.spi.PlantView;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.Pipeline;
import org.millwright.onboarding.PlantStatus;
import org.millwright.onboarding.SourceState;
import org.millwright.onboarding.SourceStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plant onboarding in the hub: the sources of the plant files, their health and their console page.
 *
 * <p>Health component {@code plants}: {@code UP} while every source is connected and every file loaded (or onboarding
 * is off), else {@link #DEGRADED} with the failing sources and files. {@code DEGRADED} is not in the health status
 * order, so it is shown but does not turn the hub {@code DOWN}: one plant's unreachable PLC must not make a load
 * balancer or orchestrator take the whole hub out, which keeps serving the other plants.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlantsProperties.class)
public class PlantsConfiguration {
    /** A plant source or file has a problem; the hub as a whole is not down. */
    public static final Status DEGRADED = new Status("DEGRADED", "a plant source is not connected or a plant file is rejected");

    @Bean
    PlantOnboarding plantOnboarding(PlantsProperties plants, MillwrightProperties hub, BrokerAddress broker,
                                    AssetCatalogueService catalogue, IngestGateway gateway, Pipeline pipeline,
                                    Clock clock) {
        return new PlantOnboarding(plants, hub, broker, catalogue, gateway, pipeline, clock);
    }

    @Bean
    HealthIndicator plants(PlantOnboarding onboarding) {
        return () -> {
            if (onboarding.directory().isEmpty()) {
                return Health.up().withDetail("onboarding", "off (millwright.plants.directory not set)").build();
            }
            List<PlantStatus> status = onboarding.status();
            Map<String, String> problems = new LinkedHashMap<>();
            Map<String, Object> plants = new LinkedHashMap<>();
            for (PlantStatus plant : status) {
                String name = plant.plantId().orElse(plant.file());
                plant.error().ifPresent(error -> problems.put(plant.file(), error));
                Map<String, String> sources = new LinkedHashMap<>();
                for (SourceStatus source : plant.sources()) {
                    sources.put(source.sourceId(), source.state().name());
                    if (source.state() != SourceState.CONNECTED) {
                        problems.put(name + '/' + source.sourceId(), source.state() + source.reason()
                                .map(reason -> ": " + reason).orElse(""));
                    }
                }
                plants.put(name, sources);
            }
            Health.Builder health = problems.isEmpty() ? Health.up() : Health.status(DEGRADED);
            health.withDetail("directory", onboarding.directory().get().toString()).withDetail("plants", plants);
            if (!problems.isEmpty()) {
                health.withDetail("problems", problems);
            }
            return health.build();
        };
    }

    @Bean
    PlantQueries plantQueries(PlantOnboarding onboarding) {
        return new PlantQueries() {
            @Override
            public List<PlantView> plants() {
                return onboarding.status().stream().map(PlantsConfiguration::view).toList();
            }

            @Override
            public Optional<String> directory() {
                return onboarding.directory().map(Object::toString);
            }
        };
    }

    private static PlantView view(PlantStatus plant) {
        return new PlantView(plant.file(), plant.plantId().orElse(""), plant.name().orElse(""),
                plant.site().orElse(""), plant.error().orElse(""), plant.sources().stream().map(source ->
                new PlantSourceView(source.sourceId(), source.kind().code(), source.endpoint(), source.state().name(),
                        source.reason().orElse(""), Optional.of(source.since()), source.received(), source.handled(),
                        source.rejected(), source.lastSampleAt())).toList());
    }
}
