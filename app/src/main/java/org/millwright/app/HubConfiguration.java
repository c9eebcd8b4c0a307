package org.millwright.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.millwright.app.episodes.EpisodeListener;
import org.millwright.app.episodes.EpisodeStore;
import org.millwright.app.events.HubEvents;
import org.millwright.app.events.JdbcWebhookDeadLetters;
import org.millwright.app.json.ModelModule;
import org.millwright.app.pipeline.AssetCatalogueService;
import org.millwright.app.pipeline.AssetHealth;
import org.millwright.app.pipeline.DetectionHandler;
import org.millwright.app.pipeline.IngestMetrics;
import org.millwright.app.pipeline.JdbcDeadLetters;
import org.millwright.app.pipeline.JdbcSampleHistory;
import org.millwright.app.pipeline.PlantSeed;
import org.millwright.app.systems.ActiveSystems;
import org.millwright.app.systems.AdapterFactory;
import org.millwright.app.systems.SystemsRouter;
import org.millwright.connector.framework.ResilientConnectors;
import org.millwright.connector.rest.webhook.WebhookPublisher;
import org.millwright.connector.rest.webhook.WebhookSettings;
import org.millwright.console.ConsoleUpdates;
import org.millwright.detect.ActiveRuleSet;
import org.millwright.detect.RuleSet;
import org.millwright.detect.RuleSetLoader;
import org.millwright.embedded.EmbeddedBroker;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.ingest.Pipeline;
import org.millwright.ingest.SourceSequences;
import org.millwright.protocol.mqtt.MqttEventPublisher;
import org.millwright.protocol.mqtt.MqttIngestSource;
import org.millwright.protocol.mqtt.MqttSourceConfig;
import org.millwright.sandbox.SandboxConfig;
import org.millwright.sandbox.SandboxSystems;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantDefinitions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the modules into the hub: plant, sandbox systems, connectors, detection and the ingest pipeline. */
@Configuration(proxyBeanMethods = false)
public class HubConfiguration {
    /** Where the hub announces completed maintenance (the simulator's repair topic). */
    public static final String MAINTENANCE_COMPLETED_TOPIC = "millwright/events/maintenance-completed";

    /** The model's typed ids as plain strings in every JSON the hub reads and writes. */
    @Bean
    ModelModule modelModule() {
        return new ModelModule();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The simulated plant; also the master data the sandbox ERP is seeded with. */
    @Bean
    PlantDefinition plantDefinition(MillwrightProperties properties) throws IOException {
        var file = properties.simulator().plantFile();
        if (file == null) {
            return PlantDefinitions.loadDefault();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return PlantDefinitions.load(in, file.toString());
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "millwright.sandbox.enabled", havingValue = "true", matchIfMissing = true)
    SandboxSystems sandboxSystems(MillwrightProperties properties, DataSource dataSource, PlantDefinition plant,
                                  Clock clock) {
        SandboxConfig config = SandboxConfig.defaults().withPort(properties.sandbox().port())
                .withFieldServiceCompletionDelay(properties.sandbox().completionDelay()).withClock(clock);
        return SandboxSystems.start(config, dataSource, PlantSeed.of(plant));
    }

    @Bean(destroyMethod = "close")
    ResilientConnectors resilientConnectors(MeterRegistry registry, Clock clock) {
        return new ResilientConnectors(registry, clock);
    }

    /**
     * Which system of record serves which port at each site, each system behind its own retry, circuit breaker,
     * bulkhead and rate limit: the systems file when one is configured (reloaded when it changes), else the sandbox
     * systems everywhere.
     */
    @Bean
    ActiveSystems activeSystems(MillwrightProperties properties, ObjectProvider<SandboxSystems> sandbox,
                                ResilientConnectors connectors, ObjectProvider<AssetCatalogueService> catalogue,
                                Clock clock) {
        var settings = properties.connectors();
        AdapterFactory adapters = new AdapterFactory(() -> sandboxUrl(settings.sandboxUrl(), sandbox),
                settings.requestTimeout(), clock);
        return new ActiveSystems(Optional.ofNullable(settings.systemsFile()), file -> SystemsRouter.build(file,
                adapters, connectors, asset -> catalogue.getObject().find(asset).map(found -> found.location().site())));
    }

    private static URI sandboxUrl(URI configured, ObjectProvider<SandboxSystems> sandbox) {
        if (configured != null) {
            return configured;
        }
        SandboxSystems embedded = sandbox.getIfAvailable();
        if (embedded == null) {
            throw new IllegalStateException("millwright.sandbox.enabled=false needs millwright.connectors.sandbox-url:"
                    + " the address of the sandbox systems the hub should call");
        }
        return embedded.baseUri();
    }

    /** Business events for the shop floor; the simulated plant "gets repaired" when it hears maintenance completed. */
    @Bean(destroyMethod = "close")
    MqttEventPublisher eventPublisher(BrokerAddress broker) {
        return new MqttEventPublisher(broker.host(), broker.port(), "millwright-hub-events", Duration.ofSeconds(10));
    }

    /** Business events to subscribers of the webhooks file ({@code millwright.webhooks.file}), when one is set. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "millwright.webhooks.file")
    WebhookPublisher webhookPublisher(MillwrightProperties properties, Clock clock, MeterRegistry registry,
                                      JdbcWebhookDeadLetters deadLetters) {
        return new WebhookPublisher(WebhookSettings.load(properties.webhooks().file()), clock, registry, deadLetters);
    }

    @Bean
    EpisodeListener episodeListener(ObjectProvider<ConsoleUpdates> console, MqttEventPublisher events,
                                    ObjectProvider<WebhookPublisher> webhooks, Clock clock) {
        return new HubEvents(() -> console.ifAvailable(ConsoleUpdates::episodesChanged),
                (episode, asset) -> events.publish(MAINTENANCE_COMPLETED_TOPIC, "{\"assetId\":\"" + asset
                        + "\",\"episodeId\":\"" + episode + "\"}"),
                Optional.ofNullable(webhooks.getIfAvailable()), clock);
    }

    @Bean
    RuleSet initialRuleSet(MillwrightProperties properties) throws IOException {
        var file = properties.detection().rulesFile();
        if (file == null) {
            return RuleSetLoader.loadDefault();
        }
        return RuleSetLoader.load(Files.readString(file), file.toString());
    }

    @Bean
    ActiveRuleSet activeRuleSet(RuleSet initialRuleSet) {
        return new ActiveRuleSet(initialRuleSet);
    }

    @Bean
    AssetCatalogueService assetCatalogue(JdbcClient jdbc, PlatformTransactionManager transactions,
                                         ActiveSystems systems, Clock clock) {
        return new AssetCatalogueService(jdbc, new TransactionTemplate(transactions), systems::assetMasters, clock);
    }

    @Bean
    AssetHealth assetHealth(RuleSet initialRuleSet) {
        return new AssetHealth(initialRuleSet.zones());
    }

    @Bean(destroyMethod = "close")
    Pipeline pipeline(MillwrightProperties properties, ActiveRuleSet rules, AssetCatalogueService catalogue,
                      EpisodeStore episodes, AssetHealth health, ObjectProvider<ConsoleUpdates> console, Clock clock) {
        DetectionHandler handler = new DetectionHandler(rules, catalogue, episodes, health,
                () -> console.ifAvailable(ConsoleUpdates::assetsChanged));
        return Pipeline.start(properties.ingest().partitions(), properties.ingest().queueCapacity(), handler, clock);
    }

    /** The broker the hub subscribes to and the simulator publishes to: the embedded one, or the configured one. */
    @Bean
    BrokerAddress brokerAddress(MillwrightProperties properties, ObjectProvider<EmbeddedBroker> embedded) {
        EmbeddedBroker broker = embedded.getIfAvailable();
        return broker != null ? new BrokerAddress(broker.host(), broker.port())
                : new BrokerAddress(properties.broker().host(), properties.broker().port());
    }

    private static MqttIngestSource mqttIngestSource(MillwrightProperties properties, BrokerAddress broker,
                                                     IngestGateway gateway) {
        var ingest = properties.ingest();
        MqttSourceConfig config = MqttSourceConfig.of(broker.host(), broker.port(), ingest.clientId())
                .withTopicFilter(ingest.topicFilter());
        if (properties.broker().username() != null) {
            config = config.withCredentials(properties.broker().username(),
                    properties.broker().password() == null ? "" : properties.broker().password());
        }
        return new MqttIngestSource(config, gateway);
    }

    @Bean
    HubRuntime hubRuntime(MillwrightProperties properties, AssetCatalogueService catalogue, IngestGateway gateway,
                          PlantDefinition plant, BrokerAddress broker) {
        return new HubRuntime(properties, catalogue, () -> mqttIngestSource(properties, broker, gateway), plant, broker);
    }

    @Bean
    IngestMetrics ingestMetrics(IngestGateway gateway, Pipeline pipeline, JdbcClient jdbc) {
        return new IngestMetrics(gateway, pipeline, jdbc);
    }

    @Bean
    IngestGateway ingestGateway(AssetCatalogueService catalogue, JdbcDeadLetters deadLetters, Pipeline pipeline,
                                JdbcSampleHistory history, Clock clock) {
        return new IngestGateway(JsonSampleDecoder.of(catalogue), deadLetters, pipeline, clock, new SourceSequences(),
                history);
    }
}
