package org.millwright.protocol.mqtt;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto process for tests, on 127.0.0.1 and a free port, with its own config file and file persistence in
 * a work directory, so that a persistent session survives {@link #restart()}. Its output goes to
 * {@code mosquitto.log} in that directory.
 */
final class MosquittoBroker implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Path workDir;
    private final int port;
    private Process process;

    private MosquittoBroker(Path workDir, int port) {
        this.workDir = workDir;
        this.port = port;
    }

    /**
     * Skips the calling test when Mosquitto is not installed, but fails it when {@code CI=true}, where it must be
     * (the CI script installs Debian's {@code mosquitto}).
     */
    static void requireInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String message = "Mosquitto is not installed at " + BINARY + " (Debian: apt-get install mosquitto)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + "; it is required when CI=true");
        }
        Assumptions.abort(message + "; skipping the Mosquitto interop test");
    }

    /** Starts Mosquitto and waits until it accepts connections. */
    static MosquittoBroker start(Path workDir) throws IOException {
        MosquittoBroker broker = new MosquittoBroker(workDir, EmbeddedBroker.freePort());
        Files.writeString(workDir.resolve("mosquitto.conf"), """
                listener %d 127.0.0.1
                allow_anonymous true
                persistence true
                persistence_location %s/
                # running as root, Mosquitto would otherwise switch to its own user and not write here
                user root
                log_type error
                log_type warning
                log_type notice
                """.formatted(broker.port, workDir.toAbsolutePath()));
        broker.launch();
        return broker;
    }

    int port() {
        return port;
    }

    /** Stops Mosquitto as an administrator would (SIGTERM: it saves its persistence file) and starts it again. */
    void restart() throws IOException {
        stop();
        launch();
    }

    /** Stops Mosquitto, deletes its persistence file, and starts it again: every session is gone. */
    void restartForgettingSessions() throws IOException {
        stop();
        Files.deleteIfExists(workDir.resolve("mosquitto.db"));
        launch();
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(BINARY.toString(), "-c", workDir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("mosquitto.log").toFile()))
                .start();
        await("Mosquitto accepting connections on 127.0.0.1:" + port).atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Mosquitto exited with " + process.exitValue() + "; see "
                                + workDir.resolve("mosquitto.log") + ":\n"
                                + Files.readString(workDir.resolve("mosquitto.log")));
                    }
                    return accepts();
                });
    }

    private void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
