package org.millwright.bench.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A Mosquitto process on 127.0.0.1 and a free port, configured for a load test: in memory (no persistence), no limit
 * on the messages it queues for a slow QoS 1 subscriber (Mosquitto's default of 1,000 would drop the rest), and a
 * wide in-flight window. Its output goes to {@code mosquitto.log} in the work directory.
 */
public final class Mosquitto implements AutoCloseable {
    /** Where Debian installs the broker. */
    public static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final int port;

    private Mosquitto(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Whether the broker is installed where Debian puts it. */
    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /**
     * Starts the broker and waits until it accepts connections.
     *
     * @throws IllegalStateException when Mosquitto is not installed, exits, or does not listen within 10 s
     */
    public static Mosquitto start(Path workDir) throws IOException {
        if (!installed()) {
            throw new IllegalStateException("Mosquitto is not installed at " + BINARY
                    + " (Debian: apt-get install --no-install-recommends mosquitto)");
        }
        int port = freePort();
        Files.createDirectories(workDir);
        Path config = workDir.resolve("mosquitto.conf");
        Path log = workDir.resolve("mosquitto.log");
        Files.writeString(config, """
                listener %d 127.0.0.1
                allow_anonymous true
                persistence false
                max_queued_messages 0
                max_inflight_messages 1000
                user root
                log_type error
                log_type warning
                """.formatted(port));
        Process process = new ProcessBuilder(BINARY.toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Mosquitto mosquitto = new Mosquitto(process, port);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!mosquitto.accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                mosquitto.close();
                throw new IllegalStateException("Mosquitto did not start on 127.0.0.1:" + port + "; see "
                        + log + ":\n" + Files.readString(log));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return mosquitto;
    }

    /** The port it listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The broker's process id, e.g. to read its CPU time. */
    public long pid() {
        return process.pid();
    }

    /** Stops the broker (SIGTERM, then SIGKILL after 5 s). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
