package org.millwright.console.internal.web;

import java.util.List;
import java.util.Optional;

import org.millwright.console.ConsoleProperties;
import org.millwright.console.spi.AssetHealthView;
import org.millwright.console.spi.ConsoleActions;
import org.millwright.console.spi.ConsoleQueries;
import org.millwright.console.spi.EpisodeDetailView;
import org.millwright.console.spi.EpisodeView;
import org.millwright.console.spi.PlantQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Beans of the page and fragments, and the console's own resource mappings: {@code /console/static/**} for
 * its CSS and script, {@code /console/webjars/**} for htmx (version-less paths, resolved by the webjars
 * locator), so the console works even where the application turns off Boot's default resource mappings.
 * Imported by {@link org.millwright.console.ConsoleAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleWebConfiguration implements WebMvcConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleWebConfiguration.class);

    @Bean
    ViewFormat consoleViewFormat(ConsoleProperties properties) {
        return new ViewFormat(properties.zone());
    }

    @Bean
    ConsolePageController consolePageController(ViewFormat consoleViewFormat) {
        return new ConsolePageController(consoleViewFormat);
    }

    @Bean
    ConsoleFragmentsController consoleFragmentsController(ConsoleQueries queries,
                                                          ObjectProvider<ConsoleActions> actions,
                                                          ViewFormat consoleViewFormat) {
        return new ConsoleFragmentsController(queries, Optional.ofNullable(actions.getIfAvailable()),
                consoleViewFormat);
    }

    @Bean
    ConsoleReconciliationController consoleReconciliationController(ConsoleQueries queries,
                                                                    ViewFormat consoleViewFormat) {
        return new ConsoleReconciliationController(queries, consoleViewFormat);
    }

    @Bean
    ConsolePlantsController consolePlantsController(ObjectProvider<PlantQueries> plants, ViewFormat consoleViewFormat) {
        return new ConsolePlantsController(plants, consoleViewFormat);
    }

    /** Keeps the page up (with its links) in an application that has not wired its queries yet. */
    @Bean
    @ConditionalOnMissingBean(ConsoleQueries.class)
    ConsoleQueries emptyConsoleQueries() {
        LOG.warn("No ConsoleQueries bean: the console shows no assets and no episodes");
        return new ConsoleQueries() {
            @Override
            public List<AssetHealthView> assets() {
                return List.of();
            }

            @Override
            public List<EpisodeView> episodes() {
                return List.of();
            }

            @Override
            public Optional<EpisodeDetailView> episode(String id) {
                return Optional.empty();
            }
        };
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console/static/**")
                .addResourceLocations("classpath:/millwright-console/static/");
        registry.addResourceHandler("/console/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
