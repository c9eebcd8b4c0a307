package org.millwright.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.millwright.console.internal.stream.SseConsoleUpdates;
import org.millwright.console.spi.ConsoleQueries;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class ConsoleAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConsoleAutoConfiguration.class));

    @Test
    void servletApplicationGetsTheLiveConsoleAndEmptyQueriesUntilItProvidesItsOwn() {
        web.run(context -> {
            assertThat(context).hasSingleBean(SseConsoleUpdates.class).hasSingleBean(ConsoleUpdates.class)
                    .hasSingleBean(ConsoleQueries.class);
            assertThat(context.getBean(ConsoleQueries.class).episodes()).isEmpty();
        });
    }

    @Test
    void applicationsOwnQueriesAreUsed() {
        web.withBean(TestConsoleData.class).run(context ->
                assertThat(context.getBean(ConsoleQueries.class)).isInstanceOf(TestConsoleData.class));
    }

    @Test
    void switchedOffConsoleRegistersNoEndpointAndSilentUpdates() {
        web.withPropertyValues("millwright.console.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(SseConsoleUpdates.class).doesNotHaveBean(ConsoleQueries.class);
            assertThat(context.getBean(ConsoleUpdates.class)).isSameAs(ConsoleUpdates.none());
        });
    }

    @Test
    void nonWebApplicationGetsSilentUpdates() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ConsoleAutoConfiguration.class))
                .run(context -> assertThat(context.getBean(ConsoleUpdates.class)).isSameAs(ConsoleUpdates.none()));
    }

    @Test
    void bindsDurationsAndZone() {
        web.withPropertyValues("millwright.console.zone=Europe/Berlin", "millwright.console.heartbeat=5s")
                .run(context -> {
                    ConsoleProperties properties = context.getBean(ConsoleProperties.class);
                    assertThat(properties.zone().getId()).isEqualTo("Europe/Berlin");
                    assertThat(properties.heartbeat()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.minPushInterval()).isEqualTo(Duration.ofMillis(500));
                });
    }

    @Test
    void zeroHeartbeatFailsStartUpNamingTheProperty() {
        web.withPropertyValues("millwright.console.heartbeat=0s").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("millwright.console.heartbeat must be positive"));
    }
}
