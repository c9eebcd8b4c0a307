package org.millwright.app.workflow;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.millwright.app.MillwrightProperties;
import org.millwright.app.episodes.EpisodeStore;
import org.millwright.orchestrate.IdempotencyLedger;
import org.millwright.orchestrate.MaintenanceSteps;
import org.millwright.orchestrate.SystemsRouting;
import org.millwright.orchestrate.flowable.MaintenanceProcess;
import org.millwright.orchestrate.flowable.MaintenanceTaskDelegate;
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

    @Bean
    MaintenanceSteps maintenanceSteps(SystemsRouting systems, JdbcLedgerStore ledger, JdbcStepJournal journal,
                                      @Lazy EpisodeStore episodes, Clock clock, MillwrightProperties properties,
                                      ObjectProvider<WebServerApplicationContext> web) {
        return new MaintenanceSteps(systems, new IdempotencyLedger(ledger), journal, episodes, clock,
                () -> Optional.ofNullable(properties.workflow().callbackBaseUrl())
                        .orElseGet(() -> URI.create("http://127.0.0.1:" + web.getObject().getWebServer().getPort()))
                        .resolve("/api/v1/callbacks/field-service"),
                properties.workflow().repairDuration());
    }

    /** The bean the BPMN service tasks name in {@code ${maintenanceTaskDelegate}}. */
    @Bean
    MaintenanceTaskDelegate maintenanceTaskDelegate(MaintenanceSteps steps) {
        return new MaintenanceTaskDelegate(steps);
    }
}
