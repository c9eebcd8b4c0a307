package org.millwright.console;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** A web application with the console auto-configured and {@link TestConsoleData} as its queries. */
@SpringBootConfiguration
@EnableAutoConfiguration
class ConsoleTestApplication {

    @Bean
    TestConsoleData testConsoleData() {
        return new TestConsoleData();
    }
}
