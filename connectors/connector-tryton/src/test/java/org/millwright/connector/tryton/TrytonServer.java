package org.millwright.connector.tryton;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Tryton 6.0 server for tests, from Debian's packages ({@code tryton-server}, {@code tryton-proteus} and the
 * modules in {@link #MODULES}), on 127.0.0.1 and a free port, with a SQLite database of its own. Register it as
 * {@code @RegisterExtension static final TrytonServer TRYTON = new TrytonServer();}: it starts before the class's
 * tests and stops after them. Registered on an instance field instead, it gives every test a server and a
 * database of its own (a copy and a start take about a second).
 *
 * <p>The first server of a JVM initialises a template database once (about 15 s): {@code trytond-admin} creates
 * it and activates the modules, then {@code tryton/seed.py} (this module's own proteus script, run while no server
 * is running) seeds company ACME (EUR), warehouse {@code WH} with storage zone {@code STO} and the maintenance crib
 * {@code MAINT}, a supplier, products {@code SKF-6205-2RS} (40 u), {@code VB-SPA-1250} (12 u), {@code HOSE-HYD-12}
 * (25 m) and {@code SEAL-KIT-C45} (0), and the integration user {@link #HUB_LOGIN}. Each server then starts on a
 * copy of that database file. Everything lives under {@code target/tryton/}, with {@code trytond.log} per server.
 */
public final class TrytonServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    public static final Path TRYTOND = Path.of("/usr/bin/trytond");
    public static final Path TRYTOND_ADMIN = Path.of("/usr/bin/trytond-admin");
    /** Debian's system interpreter: a pyenv or venv {@code python3} first on the PATH cannot import trytond. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final List<String> MODULES = List.of("company", "product", "stock", "purchase", "purchase_request",
            "purchase_requisition", "stock_supply");
    public static final String DATABASE = "hub";
    public static final String ADMIN_LOGIN = "admin";
    public static final String ADMIN_PASSWORD = env("TRYTON_ADMIN_PASSWORD", "Adm1n-Hub-Pass!");
    public static final String HUB_LOGIN = "hub";
    public static final String HUB_PASSWORD = env("TRYTON_HUB_PASSWORD", "Hub-Integr8-Pass!");

    private static final Logger LOG = LoggerFactory.getLogger(TrytonServer.class);
    private static final Path MODULE_DIR = Path.of("/usr/lib/python3/dist-packages/trytond/modules");
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final Set<TrytonServer> RUNNING = ConcurrentHashMap.newKeySet();
    private static Path template;

    private Path directory;
    private int port;
    private Process process;
    private boolean perTest;

    /**
     * Skips the calling test when Tryton is not installed, but fails it when {@code CI=true}, where it must be (the
     * CI script installs the Debian packages).
     */
    public static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        for (Path binary : List.of(TRYTOND, TRYTOND_ADMIN, PYTHON)) {
            if (!Files.isExecutable(binary)) {
                missing.add(binary.toString());
            }
        }
        if (!Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/proteus"))) {
            missing.add("proteus (tryton-proteus)");
        }
        MODULES.stream().filter(module -> !Files.isDirectory(MODULE_DIR.resolve(module)))
                .forEach(module -> missing.add("module " + module));
        if (missing.isEmpty()) {
            return;
        }
        String message = "Tryton is not installed (missing " + String.join(", ", missing) + "; Debian: apt-get "
                + "install --no-install-recommends tryton-server tryton-proteus tryton-modules-company "
                + "tryton-modules-product tryton-modules-stock tryton-modules-purchase tryton-modules-purchase-request "
                + "tryton-modules-purchase-requisition tryton-modules-stock-supply)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + "; it is required when CI=true");
        }
        Assumptions.abort(message + "; skipping the real-Tryton test");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        requireInstalled();
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Registered on an instance field: a server for this test only. */
    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (process == null) {
            requireInstalled();
            perTest = true;
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    /**
     * Starts the server: the first time on a fresh copy of the template database and a free port, later (a restart)
     * on the same database and port.
     */
    public void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        if (directory == null) {
            Path source = template();
            directory = Files.createDirectories(source.resolveSibling("server-" + INSTANCES.incrementAndGet()));
            Files.copy(source.resolve(DATABASE + ".sqlite"), directory.resolve(DATABASE + ".sqlite"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (port == 0) {
            port = freePort(); // a restart keeps the port, so that clients find the server again
        }
        writeConfig(directory, port);
        Files.deleteIfExists(pidFile());
        long started = System.nanoTime();
        process = python(List.of(TRYTOND.toString(), "-c", directory.resolve("trytond.conf").toString(),
                "-d", DATABASE, "--pidfile", pidFile().toString()), directory.resolve("trytond.log")).start();
        RUNNING.add(this);
        await("Tryton answering JSON-RPC on 127.0.0.1:" + port).atMost(START_TIMEOUT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("trytond exited with " + process.exitValue() + ":\n"
                                + tail(directory.resolve("trytond.log")));
                    }
                    return answers();
                });
        LOG.info("Tryton on 127.0.0.1:{} answered {} ms after start ({})", port,
                (System.nanoTime() - started) / 1_000_000, directory);
    }

    /** Stops the server with SIGINT (trytond then removes its pid file), else SIGTERM, else SIGKILL. */
    public void stop() {
        RUNNING.remove(this);
        if (process == null) {
            return;
        }
        try {
            if (process.isAlive()) {
                // a process started with SIGINT ignored (a background job of a shell) ignores it: fall back
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroy();
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    }
                }
            }
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The server root, e.g. {@code http://127.0.0.1:41234/}; the database answers at {@code <url>hub/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public int port() {
        return port;
    }

    /** This server's directory: {@code trytond.conf}, {@code hub.sqlite}, {@code trytond.log}. */
    public Path directory() {
        return directory;
    }

    /**
     * The template directory with the initialised and seeded {@code hub.sqlite}, made once per JVM. Its logs
     * ({@code trytond-admin.log}, {@code seed.log}) stay next to it.
     */
    public static synchronized Path template() throws IOException {
        if (template != null) {
            return template;
        }
        Path base = Files.isDirectory(Path.of("target")) ? Path.of("target", "tryton").toAbsolutePath()
                : Files.createTempDirectory("tryton-");
        deleteRecursively(base);
        Path dir = Files.createDirectories(base.resolve("template"));
        writeConfig(dir, freePort());
        Files.createFile(dir.resolve(DATABASE + ".sqlite"));
        Path passFile = dir.resolve("admin-password");
        Files.writeString(passFile, ADMIN_PASSWORD + "\n");
        long started = System.nanoTime();
        List<String> admin = new ArrayList<>(List.of(TRYTOND_ADMIN.toString(), "-c",
                dir.resolve("trytond.conf").toString(), "-d", DATABASE, "--all", "--email", "admin@example.com",
                "--activate-dependencies", "-u"));
        admin.addAll(MODULES);
        run(admin, Map.of("TRYTONPASSFILE", passFile.toString()), dir.resolve("trytond-admin.log"));
        long initialised = System.nanoTime();
        Path seed = dir.resolve("seed.py");
        try (InputStream script = TrytonServer.class.getResourceAsStream("/tryton/seed.py")) {
            if (script == null) {
                throw new IllegalStateException("tryton/seed.py is not on the test classpath");
            }
            Files.copy(script, seed);
        }
        run(List.of(PYTHON.toString(), "-W", "ignore", seed.toString(), dir.resolve("trytond.conf").toString(),
                DATABASE), Map.of("TRYTON_HUB_PASSWORD", HUB_PASSWORD), dir.resolve("seed.log"));
        if (!Files.readString(dir.resolve("seed.log")).contains("seeded")) {
            throw new IllegalStateException("seed.py did not finish:\n" + tail(dir.resolve("seed.log")));
        }
        LOG.info("Tryton template database ready in {} ms (trytond-admin {} ms, seed {} ms): {}",
                (System.nanoTime() - started) / 1_000_000, (initialised - started) / 1_000_000,
                (System.nanoTime() - initialised) / 1_000_000, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(TrytonServer::stop)));
        template = dir;
        return template;
    }

    private Path pidFile() {
        return directory.resolve("trytond.pid");
    }

    private boolean answers() {
        HttpRequest request = HttpRequest.newBuilder(url()).timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"id\":1,\"method\":\"common.server.version\",\"params\":[]}"))
                .build();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A Debian Python program, its output appended to {@code log}, without a Python environment of the build's. */
    private static ProcessBuilder python(List<String> command, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeAll(List.of("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"));
        return builder;
    }

    private static void writeConfig(Path dir, int port) throws IOException {
        Files.writeString(dir.resolve("trytond.conf"), """
                [database]
                uri = sqlite://
                path = %s

                [web]
                listen = 127.0.0.1:%d
                """.formatted(dir.toAbsolutePath(), port), StandardCharsets.UTF_8);
    }

    private static void run(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = python(command, log);
        builder.environment().putAll(env);
        Process step = builder.start();
        try {
            if (!step.waitFor(INIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                step.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish within " + INIT_TIMEOUT + ":\n"
                        + tail(log));
            }
        } catch (InterruptedException e) {
            step.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
        if (step.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + step.exitValue() + ":\n"
                    + tail(log));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
