package org.millwright.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Millwright hub: one JVM with embedded broker, database, sandbox systems of record, simulator and console. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(MillwrightProperties.class)
public class MillwrightApplication {
    public static void main(String[] args) {
        SpringApplication.run(MillwrightApplication.class, args);
    }
}
