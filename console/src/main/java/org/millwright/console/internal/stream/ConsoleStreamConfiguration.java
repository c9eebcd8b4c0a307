package org.millwright.console.internal.stream;

import java.time.Clock;

import org.millwright.console.ConsoleProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the SSE stream; imported by {@link org.millwright.console.ConsoleAutoConfiguration}. */
@Configuration(proxyBeanMethods = false)
public class ConsoleStreamConfiguration {

    @Bean
    SseConsoleUpdates consoleUpdates(ObjectProvider<Clock> clock, ConsoleProperties properties) {
        return new SseConsoleUpdates(clock.getIfUnique(Clock::systemUTC), properties);
    }

    @Bean
    ConsoleStreamController consoleStreamController(SseConsoleUpdates updates) {
        return new ConsoleStreamController(updates);
    }
}
