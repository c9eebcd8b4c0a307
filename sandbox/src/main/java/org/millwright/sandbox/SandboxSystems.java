package org.millwright.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.millwright.sandbox.internal.db.Database;
import org.millwright.sandbox.internal.db.Seeder;
import org.millwright.sandbox.internal.eam.EamRoutes;
import org.millwright.sandbox.internal.erp.ErpRoutes;
import org.millwright.sandbox.internal.faults.FaultRoutes;
import org.millwright.sandbox.internal.faults.Faults;
import org.millwright.sandbox.internal.fsm.CallbackDispatcher;
import org.millwright.sandbox.internal.fsm.FsmRoutes;
import org.millwright.sandbox.internal.http.Response;
import org.millwright.sandbox.internal.http.Router;
import org.millwright.sandbox.internal.planning.PlanningRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running sandbox systems of record (ERP, EAM, planning, field service) behind one HTTP server. See the
 * package documentation for the HTTP API and fault semantics.
 *
 * <pre>{@code
 * try (SandboxSystems sandbox = SandboxSystems.start(SandboxConfig.defaults().withPort(8091), dataSource, seed)) {
 *     URI base = sandbox.baseUri(); // http://127.0.0.1:8091
 * }
 * }</pre>
 */
public final class SandboxSystems implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxSystems.class);
    private static final int HTTP_THREADS = 16;

    private final HttpServer server;
    private final ExecutorService httpExecutor;
    private final CallbackDispatcher callbacks;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxSystems(HttpServer server, ExecutorService httpExecutor, CallbackDispatcher callbacks) {
        this.server = server;
        this.httpExecutor = httpExecutor;
        this.callbacks = callbacks;
    }

    /**
     * Migrates schema {@code sandbox} on {@code dataSource}, inserts what is missing from {@code seed}, starts
     * the HTTP server and the field-service scheduler.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static SandboxSystems start(SandboxConfig config, DataSource dataSource, SandboxSeed seed) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(seed, "seed");
        Database database = Database.migrate(dataSource);
        Seeder.seed(database, seed, config.clock());

        JsonMapper mapper = JsonMapper.builder().build();
        Faults faults = new Faults(config.clock(), config.randomSeed());
        Router router = new Router(mapper, faults);
        router.route("GET", "/sandbox/health", request -> Response.ok(Map.of("status", "UP")));
        FaultRoutes.register(router, faults);
        ErpRoutes.register(router, database, config.clock());
        EamRoutes.register(router, database, config.clock());
        PlanningRoutes.register(router, database, config.clock());
        FsmRoutes.register(router, database, config.clock(), config.fieldServiceCompletionDelay());

        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox cannot listen on " + config.host() + ":" + config.port(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(HTTP_THREADS, daemonThreads("sandbox-http-"));
        server.createContext("/", router);
        server.setExecutor(executor);
        server.start();

        CallbackDispatcher callbacks = new CallbackDispatcher(database, config.clock(),
                config.callbackRetryInterval(), mapper);
        callbacks.start(CallbackDispatcher.sweepPeriod(config.fieldServiceCompletionDelay(),
                config.callbackRetryInterval()));
        SandboxSystems sandbox = new SandboxSystems(server, executor, callbacks);
        LOG.info("sandbox systems of record listening on {}", sandbox.baseUri());
        return sandbox;
    }

    /** The TCP port the server listens on (the picked one when the config said 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8091}; every route is below {@code /sandbox}. */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + port());
    }

    /** Stops the scheduler and the server; the database keeps all state for the next start. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        callbacks.close();
        server.stop(0);
        httpExecutor.shutdownNow();
        try {
            if (!httpExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("sandbox HTTP threads did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("sandbox systems of record stopped");
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
