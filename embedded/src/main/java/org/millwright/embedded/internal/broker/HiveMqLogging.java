package org.millwright.embedded.internal.broker;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * Quiets the libraries inside HiveMQ CE the way HiveMQ's own {@code logback.xml} does (its logging bootstrap is
 * disabled so that it never reconfigures the host's logging). Without this, Xodus logs one INFO line per storage
 * bucket, well over a thousand lines per start.
 *
 * <p>A logger the host configured (any explicit level) is left alone, and nothing happens when the host's SLF4J
 * binding is not logback.
 */
public final class HiveMqLogging {

    private static final Map<String, Level> QUIET_LEVELS = Map.of(
            "jetbrains.exodus", Level.WARN,
            "migrations", Level.WARN,
            "oshi", Level.ERROR,
            "org.eclipse.jetty", Level.ERROR,
            "com.google.common.util.concurrent.Futures.CombinedFuture", Level.OFF);

    private HiveMqLogging() {
    }

    /** Applies the quiet levels to loggers that have no level of their own. */
    public static void quietUnlessConfigured() {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                QUIET_LEVELS.forEach((name, level) -> {
                    ch.qos.logback.classic.Logger logger = context.getLogger(name);
                    if (logger.getLevel() == null) {
                        logger.setLevel(level);
                    }
                });
            }
        } catch (LinkageError e) {
            // logback is not on the class path: the host logs through another binding and owns its levels.
        }
    }
}
