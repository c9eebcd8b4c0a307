package org.millwright.app.infra;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.millwright.app.MillwrightProperties;
import org.millwright.embedded.BrokerConfig;
import org.millwright.embedded.EmbeddedBroker;
import org.millwright.embedded.EmbeddedDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL and MQTT broker unless switched off: the database when {@code spring.datasource.url}
 * is configured (or {@code millwright.database.embedded=false}), the broker with {@code millwright.broker.embedded=false}
 * and {@code millwright.broker.host/port}.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedInfrastructure {
    /** The embedded database runs unless switched off or a JDBC URL is configured. */
    static final String EMBEDDED_DATABASE =
            "${millwright.database.embedded:true} and '${spring.datasource.url:}'.isEmpty()";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(EMBEDDED_DATABASE)
    EmbeddedDatabase embeddedDatabase(MillwrightProperties properties) {
        return EmbeddedDatabase.start(properties.dataDirectory().resolve("postgres"), properties.database().port());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(EMBEDDED_DATABASE)
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.username());
        pool.setMaximumPoolSize(20);
        pool.setPoolName("millwright");
        return pool;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "millwright.broker.embedded", havingValue = "true", matchIfMissing = true)
    EmbeddedBroker embeddedBroker(MillwrightProperties properties) {
        Path base = properties.dataDirectory().resolve("broker");
        return EmbeddedBroker.start(new BrokerConfig("127.0.0.1", properties.broker().port(), base, Duration.ofSeconds(60)));
    }
}
