package org.millwright.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
 * A TCP proxy on 127.0.0.1 between the hub and Tryton that sees every JSON-RPC call. It counts the calls per method,
 * can stop calls before they reach Tryton until the test opens the gate again (to change Tryton between two steps
 * of the hub), and can withhold Tryton's answer to a call it forwarded, so that Tryton has committed what the hub
 * never hears of (to kill the hub at that moment). One call per connection: Tryton closes every connection after
 * its answer, and the gate closes the hub's connection likewise.
 */
final class RpcGate implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long PARK_MINUTES = 10;

    /** One JSON-RPC call as it passed: its method and the whole request body. */
    record Call(String method, String body) {
    }

    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "rpc-gate");
        thread.setDaemon(true); // a gate a test class keeps open never holds the JVM up
        return thread;
    });
    private final Map<String, AtomicInteger> forwarded = new ConcurrentHashMap<>();
    private final List<Call> stopped = new CopyOnWriteArrayList<>();
    private final List<Call> withheld = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile int target;
    private volatile Predicate<Call> stop = call -> false;
    private volatile CountDownLatch open = new CountDownLatch(0);
    private volatile Predicate<Call> withhold = call -> false;

    RpcGate() throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers.submit(this::accept);
    }

    /** Where the hub should find Tryton: this gate. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** Sends the calls to the Tryton on this port from now on. */
    void forwardTo(int port) {
        target = port;
    }

    /** How many calls of this method reached Tryton, e.g. {@code model.stock.shipment.internal.create}. */
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
    public void close() throws IOException {
        closed.countDown();
        open.countDown();
        server.close();
        workers.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket hub = server.accept();
                workers.submit(() -> relay(hub));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket hub) {
        try (hub) {
            InputStream in = hub.getInputStream();
            byte[] head = readHead(in);
            byte[] body = in.readNBytes(contentLength(new String(head, StandardCharsets.ISO_8859_1)));
            String text = new String(body, StandardCharsets.UTF_8);
            Call call = new Call(method(text), text);
            if (stop.test(call)) {
                stopped.add(call);
                open.await(PARK_MINUTES, TimeUnit.MINUTES);
                stopped.remove(call);
            }
            byte[] answer;
            try (Socket tryton = new Socket(InetAddress.getLoopbackAddress(), target)) {
                OutputStream out = tryton.getOutputStream();
                out.write(head);
                out.write(body);
                out.flush();
                forwarded.computeIfAbsent(call.method(), m -> new AtomicInteger()).incrementAndGet();
                answer = tryton.getInputStream().readAllBytes();
            }
            if (withhold.test(call)) {
                withheld.add(call);
                closed.await(PARK_MINUTES, TimeUnit.MINUTES); // Tryton committed; the hub hears nothing
                return;
            }
            hub.getOutputStream().write(answer);
            hub.getOutputStream().flush();
        } catch (IOException e) {
            // Tryton down, or the hub gone: the hub sees its connection close
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] end = {'\r', '\n', '\r', '\n'};
        int matched = 0;
        while (matched < end.length) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("connection closed inside the request head");
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : next == '\r' ? 1 : 0;
        }
        return head.toByteArray();
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                return Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    private static String method(String body) {
        try {
            return JSON.readTree(body).path("method").asString("?");
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
