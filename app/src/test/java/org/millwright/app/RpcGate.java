package org.millwright.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP relay on 127.0.0.1 between the hub and Tryton that sees every JSON-RPC call. It counts the calls per method
 * that it sent on, can stop calls before they reach Tryton until the test opens the gate (to change Tryton between
 * two steps of the hub), and can withhold Tryton's answer to a call it sent on, so that Tryton has committed what the
 * hub never hears of (to kill the hub at that moment).
 */
final class RpcGate implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long PARK_MINUTES = 10;
    /** The request headers Tryton needs: the JSON body's type and the session. */
    private static final List<String> PASSED_HEADERS = List.of("Content-Type", "Authorization");

    /** One JSON-RPC call as it arrived: its method and the whole request body. */
    record Call(String method, String body) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "rpc-gate");
        thread.setDaemon(true); // a gate a test class keeps open never holds the JVM up
        return thread;
    });
    private final HttpClient tryton = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, AtomicInteger> forwarded = new ConcurrentHashMap<>();
    private final List<Call> stopped = new CopyOnWriteArrayList<>();
    private final List<Call> withheld = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile int target;
    private volatile Predicate<Call> stop = call -> false;
    private volatile CountDownLatch open = new CountDownLatch(0);
    private volatile Predicate<Call> withhold = call -> false;

    RpcGate() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(handlers);
        server.createContext("/", this::relay);
        server.start();
    }

    /** Where the hub should find Tryton: this gate. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Sends the calls to the Tryton on this port from now on. */
    void forwardTo(int port) {
        target = port;
    }

    /** How many calls of this method were sent on to Tryton, e.g. {@code model.stock.shipment.internal.create}. */
    int forwarded(String method) {
        return forwarded.getOrDefault(method, new AtomicInteger()).get();
    }

    /** Calls matching {@code which} wait at the gate, not yet sent to Tryton, until {@link #open()}. */
    void stopCalls(Predicate<Call> which) {
        open = new CountDownLatch(1);
        stop = which;
    }

    /** The calls waiting at the gate. */
    List<Call> stopped() {
        return List.copyOf(stopped);
    }

    /** Lets the waiting calls through and stops no more. */
    void open() {
        stop = call -> false;
        open.countDown();
    }

    /**
     * Calls matching {@code which} reach Tryton, which runs and commits them, but their answer never reaches the
     * hub: the connection stays silent until the hub gives up or dies.
     */
    void withholdAnswers(Predicate<Call> which) {
        withhold = which;
    }

    /** The calls Tryton answered and whose answer was withheld. */
    List<Call> withheld() {
        return List.copyOf(withheld);
    }

    /** Passes every call and every answer from now on. */
    void passAll() {
        withhold = call -> false;
        open();
    }

    @Override
    public void close() {
        closed.countDown();
        open.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Call call = new Call(method(body), new String(body, StandardCharsets.UTF_8));
            if (stop.test(call)) {
                stopped.add(call);
                open.await(PARK_MINUTES, TimeUnit.MINUTES);
                stopped.remove(call);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target
                    + exchange.getRequestURI())).timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            PASSED_HEADERS.forEach(name -> exchange.getRequestHeaders().getOrDefault(name, List.of())
                    .forEach(value -> request.header(name, value)));
            forwarded.computeIfAbsent(call.method(), m -> new AtomicInteger()).incrementAndGet();
            HttpResponse<byte[]> answer = tryton.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (withhold.test(call)) {
                withheld.add(call);
                closed.await(PARK_MINUTES, TimeUnit.MINUTES); // Tryton committed; the hub hears nothing
                return;
            }
            answer.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String method(byte[] body) {
        try {
            return JSON.readTree(body).path("method").asString("?");
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
