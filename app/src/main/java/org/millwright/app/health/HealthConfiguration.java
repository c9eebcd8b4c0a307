package org.millwright.app.health;

import java.util.stream.Stream;
import org.flowable.engine.ProcessEngine;
import org.millwright.app.HubRuntime;
import org.millwright.app.systems.ActiveSystems;
import org.millwright.connector.framework.CircuitState;
import org.millwright.connector.framework.ResilientConnectors;
import org.millwright.connector.framework.ResilientSystem;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health components beside Boot's own {@code db}: {@code broker} (the hub's MQTT session), {@code workflowEngine}
 * (Flowable and its job executor) and {@code systemsOfRecord} with one component per configured system.
 */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    @Bean
    HealthIndicator broker(HubRuntime hub) {
        return () -> hub.isBrokerConnected()
                ? Health.up().withDetail("session", "connected").build()
                : Health.down().withDetail("session", "not connected; reconnecting").build();
    }

    @Bean
    HealthIndicator workflowEngine(ProcessEngine engine) {
        return () -> {
            boolean executing = engine.getProcessEngineConfiguration().getAsyncExecutor() != null
                    && engine.getProcessEngineConfiguration().getAsyncExecutor().isActive();
            var deadLetterJobs = engine.getManagementService().createDeadLetterJobQuery().count();
            return (executing ? Health.up() : Health.down())
                    .withDetail("engine", engine.getName())
                    .withDetail("jobExecutorActive", executing)
                    .withDetail("deadLetterJobs", deadLetterJobs)
                    .build();
        };
    }

    /**
     * One component per configured system of record, from its circuit breaker: a system whose circuit is open is DOWN
     * with its last error; the workflow waits for it durably, so the hub itself keeps working.
     */
    @Bean
    CompositeHealthContributor systemsOfRecord(ResilientConnectors connectors, ActiveSystems systems) {
        return new CompositeHealthContributor() {
            @Override
            public HealthContributor getContributor(String name) {
                return systems.router().systemNames().contains(name)
                        ? connectors.system(name).map(HealthConfiguration::circuitHealth).orElse(null) : null;
            }

            @Override
            public Stream<Entry> stream() {
                return systems.router().systemNames().stream().map(name -> new Entry(name, getContributor(name)))
                        .filter(entry -> entry.contributor() != null);
            }
        };
    }

    private static HealthIndicator circuitHealth(ResilientSystem system) {
        return () -> (system.circuitState() == CircuitState.OPEN ? Health.down() : Health.up())
                .withDetail("circuit", system.circuitState().name())
                .withDetail("lastFailure", system.lastFailure())
                .build();
    }
}
