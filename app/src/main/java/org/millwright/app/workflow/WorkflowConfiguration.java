package org.millwright.app.workflow;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.millwright.app.MillwrightProperties;
import org.millwright.app.episodes.EpisodeStore;
import org.millwright.orchestrate.IdempotencyLedger;
import org.millwright.orchestrate.MaintenanceServices;
import org.millwright.orchestrate.MaintenanceSteps;
import org.millwright.orchestrate.SystemsRouting;
import org.millwright.orchestrate.flowable.MaintenanceProcess;
import org.millwright.orchestrate.flowable.MaintenanceTaskDelegate;
import org.millwright.orchestrate.flowable.WaitForUnavailableSystem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The maintenance workflow: its steps over the systems of record, the Flowable delegate and the process starter. */
@Configuration(proxyBeanMethods = false)
public class WorkflowConfiguration {

    @Bean
    MaintenanceProcess maintenanceProcess(RuntimeService runtime, ManagementService management) {
        return new MaintenanceProcess(runtime, management);
    }

    /** The canonical business services; the workflow and {@code /api/v1} both call them. */
    @Bean
    MaintenanceServices maintenanceServices(SystemsRouting systems) {
        return new MaintenanceServices(systems);
    }

    @Bean
    MaintenanceSteps maintenanceSteps(MaintenanceServices services, JdbcLedgerStore ledger, JdbcStepJournal journal,
                                      @Lazy EpisodeStore episodes, Clock clock, MillwrightProperties properties,
                                      ObjectProvider<WebServerApplicationContext> web) {
        return new MaintenanceSteps(services, new IdempotencyLedger(ledger), journal, episodes, clock,
                () -> Optional.ofNullable(properties.workflow().callbackBaseUrl())
                        .orElseGet(() -> URI.create("http://127.0.0.1:" + web.getObject().getWebServer().getPort()))
                        .resolve("/api/v1/callbacks/field-service"),
                properties.workflow().repairDuration());
    }

    /** A step whose system is known to be down waits for it without spending an attempt. */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> waitForUnavailableSystems(Clock clock) {
        return engine -> engine.setCustomAsyncRunnableExecutionExceptionHandlers(
                List.of(new WaitForUnavailableSystem(clock)));
    }

    /** The bean the BPMN service tasks name in {@code ${maintenanceTaskDelegate}}. */
    @Bean
    MaintenanceTaskDelegate maintenanceTaskDelegate(MaintenanceSteps steps) {
        return new MaintenanceTaskDelegate(steps);
    }
}
