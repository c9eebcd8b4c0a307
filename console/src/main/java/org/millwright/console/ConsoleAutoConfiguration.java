package org.millwright.console;

import org.millwright.console.internal.stream.ConsoleStreamConfiguration;
import org.millwright.console.internal.web.ConsoleWebConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Registers the console in a servlet web application: the page at {@code /} and {@code /console}, the
 * fragments under {@code /console/fragments/**}, the SSE stream at {@code /console/stream}, its static
 * resources and the {@link ConsoleUpdates} bean. Picked up automatically from the jar; nothing to import.
 *
 * <p>The application provides a {@link org.millwright.console.spi.ConsoleQueries} bean (without one the
 * console shows empty tables and logs a warning) and may provide a {@link java.time.Clock}. Switched off
 * with {@code millwright.console.enabled=false}, in which case {@link ConsoleUpdates} is
 * {@link ConsoleUpdates#none()}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleAutoConfiguration {

    /** The console itself, only in a servlet web application and when not switched off. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(prefix = "millwright.console", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    @Import({ConsoleStreamConfiguration.class, ConsoleWebConfiguration.class})
    static class Enabled {
    }

    /** Member classes are registered before this method is, so this only applies when the console is off. */
    @Bean
    @ConditionalOnMissingBean(ConsoleUpdates.class)
    ConsoleUpdates noConsoleUpdates() {
        return ConsoleUpdates.none();
    }
}
