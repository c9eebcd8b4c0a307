package org.millwright.embedded.internal.broker;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class HiveMqLoggingTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger exodus = context.getLogger("jetbrains.exodus");
    private final Logger migrations = context.getLogger("migrations");

    @AfterEach
    void resetLevels() {
        exodus.setLevel(null);
        migrations.setLevel(null);
    }

    @Test
    void quietsXodusStorageLoggingThatTheHostLeftUnconfigured() {
        exodus.setLevel(null);

        HiveMqLogging.quietUnlessConfigured();

        assertThat(exodus.getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("jetbrains.exodus.env.EnvironmentImpl").isInfoEnabled()).isFalse();
    }

    @Test
    void keepsALevelTheHostConfigured() {
        migrations.setLevel(Level.DEBUG);

        HiveMqLogging.quietUnlessConfigured();

        assertThat(migrations.getLevel()).isEqualTo(Level.DEBUG);
    }
}
