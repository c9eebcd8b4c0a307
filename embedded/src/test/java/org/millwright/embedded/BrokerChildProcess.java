package org.millwright.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an {@link EmbeddedBroker} in a separate JVM for {@link EmbeddedBrokerCrashIT}: prints {@value #READY} and
 * the port once the broker listens, then waits to be killed.
 */
public final class BrokerChildProcess {

    static final String READY = "BROKER-READY";

    private BrokerChildProcess() {
    }

    /**
     * @param args base directory, port
     */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedBroker broker = EmbeddedBroker.start(
                BrokerConfig.defaults(Path.of(args[0])).withPort(Integer.parseInt(args[1])));
        System.out.println(READY + " " + broker.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
