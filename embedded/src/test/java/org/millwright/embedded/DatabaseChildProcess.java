package org.millwright.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an {@link EmbeddedDatabase} in a separate JVM for {@link EmbeddedDatabaseCrashIT}: prints
 * {@value #READY} and the port once the database accepts connections, then waits to be killed.
 */
public final class DatabaseChildProcess {

    static final String READY = "DATABASE-READY";

    private DatabaseChildProcess() {
    }

    /**
     * @param args data directory, port
     */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(READY + " " + database.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
