package org.millwright.edge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.millwright.edge.config.EdgeConfig;
import org.millwright.edge.config.EdgeConfigException;
import org.millwright.edge.config.EdgeConfigReader;

/**
 * {@code java -jar millwright-edge.jar --config edge.yaml}: reads and validates the file, starts the agent and
 * runs until the process is stopped (SIGTERM/Ctrl-C stop it cleanly). Exit codes: 2 for a bad command line or
 * configuration (the message names file, line and problem), 1 when the agent cannot start.
 */
public final class EdgeMain {
    private EdgeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].equals("--config")) {
            System.err.println("usage: java -jar millwright-edge.jar --config edge.yaml");
            System.exit(2);
            return;
        }
        EdgeConfig config;
        try {
            config = EdgeConfigReader.read(Path.of(args[1]));
        } catch (EdgeConfigException e) {
            System.err.println("Invalid configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        EdgeAgent agent;
        try {
            agent = EdgeAgent.start(config, Clock.systemUTC());
        } catch (RuntimeException e) {
            System.err.println("The edge agent cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            stopped.countDown();
        }, "millwright-edge-shutdown"));
        stopped.await();
    }
}
