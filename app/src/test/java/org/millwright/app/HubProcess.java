package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.millwright.embedded.EmbeddedDatabase;

/**
 * The hub as a real separate JVM, as a user starts it ({@code java -cp <the test classpath> MillwrightApplication
 * --settings}), in embedded mode on a data directory of its own and free loopback ports that stay the same across
 * restarts. It can be killed with SIGKILL mid-work and started again on the same data directory, whose orphaned
 * PostgreSQL postmaster the next start takes over. Each run logs to {@code <logs>/<run>.log}.
 */
final class HubProcess implements AutoCloseable {
    private static final Duration START = Duration.ofMinutes(2);

    private final Path logs;
    private final List<String> settings;
    private final Path data = TestFiles.temporaryDirectory("millwright-hub-");
    private final int hubPort = freePort();
    private final int databasePort = freePort();
    private final int brokerPort = freePort();
    private final int sandboxPort = freePort();
    private Process process;

    /** @param settings the hub's settings for every run, e.g. {@code --millwright.simulator.plant-file=...} */
    HubProcess(Path logs, List<String> settings) {
        this.logs = logs;
        this.settings = List.copyOf(settings);
    }

    /** The data directory the runs share. */
    Path data() {
        return data;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + hubPort + path);
    }

    URI sandbox(String path) {
        return URI.create("http://127.0.0.1:" + sandboxPort + path);
    }

    /** Starts a run with the shared settings plus {@code runSettings} and waits until its health answers 200. */
    void start(String run, String... runSettings) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                MillwrightApplication.class.getName(),
                "--server.port=" + hubPort,
                "--millwright.data-directory=" + data,
                "--millwright.database.port=" + databasePort,
                "--millwright.broker.port=" + brokerPort,
                "--millwright.sandbox.port=" + sandboxPort));
        command.addAll(settings);
        command.addAll(List.of(runSettings));
        try {
            Files.createDirectories(logs);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logs.resolve(run + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("hub run '" + run + "' up").atMost(START).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    assertThat(process.isAlive()).as("hub process alive; see " + logs.resolve(run + ".log")).isTrue();
                    return Http.get(uri("/actuator/health")).status() == 200;
                });
    }

    /** SIGKILL: no shutdown hook, no graceful stop; whatever the hub was doing stops mid-way. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(process.isAlive()).as("killed hub").isFalse();
    }

    /** Stops the running hub gracefully, and a PostgreSQL postmaster a killed hub may have left behind. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        EmbeddedDatabase.start(data.resolve("postgres"), databasePort).close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
