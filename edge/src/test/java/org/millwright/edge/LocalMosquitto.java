package org.millwright.edge;

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
 * Debian's Mosquitto as the plant's local broker, started as {@code mosquitto -p <port>} (Mosquitto 2 then listens on
 * loopback only, without persistence). Missing Mosquitto skips the test, except with {@code CI=true}, where it fails.
 */
final class LocalMosquitto implements AutoCloseable {
    private static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private final Process process;

    private LocalMosquitto(Process process) {
        this.process = process;
    }

    static LocalMosquitto start(int port, Path log) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            String message = "Debian's mosquitto is not installed at " + BINARY;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + "; .ci/run must install it");
            }
            Assumptions.abort(message + "; skipping (apt-get install mosquitto)");
        }
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(BINARY.toString(), "-p", Integer.toString(port)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        await("mosquitto on 127.0.0.1:" + port).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    Assertions.assertTrue(process.isAlive(), "mosquitto exited; see " + log);
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                });
        return new LocalMosquitto(process);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
