package org.millwright.app.health;

import org.flowable.engine.ProcessEngine;
import org.millwright.app.HubRuntime;
import org.millwright.connector.sandbox.SandboxConnector;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health components beside Boot's own {@code db}: {@code broker} (the hub's MQTT session), {@code workflowEngine}
 * (Flowable and its job executor) and one per system of record.
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

    @Bean
    HealthIndicator erp(SandboxConnector sandbox) {
        return systemOfRecord(sandbox);
    }

    @Bean
    HealthIndicator eam(SandboxConnector sandbox) {
        return systemOfRecord(sandbox);
    }

    @Bean
    HealthIndicator planning(SandboxConnector sandbox) {
        return systemOfRecord(sandbox);
    }

    @Bean
    HealthIndicator fieldService(SandboxConnector sandbox) {
        return systemOfRecord(sandbox);
    }

    private static HealthIndicator systemOfRecord(SandboxConnector connector) {
        return () -> connector.isUp()
                ? Health.up().withDetail("connector", "sandbox").build()
                : Health.down().withDetail("connector", "sandbox").withDetail("reason", "health check failed").build();
    }
}
