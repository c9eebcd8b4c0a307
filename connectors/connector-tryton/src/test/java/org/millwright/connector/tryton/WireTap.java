package org.millwright.connector.tryton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A TCP proxy on 127.0.0.1 in front of Tryton that sees every JSON-RPC request: it counts them per method, keeps
 * the last {@code Authorization} header, and can lose the answer to a request Tryton has fully processed (it closes
 * the connection instead of passing the answer on) or hold an answer back, as a flaky network would. One request
 * per connection, as Tryton's server closes every connection after its answer.
 */
final class WireTap implements AutoCloseable {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final int target;
    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Set<String> loseNext = ConcurrentHashMap.newKeySet();
    private final Set<String> holdNext = ConcurrentHashMap.newKeySet();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile String lastAuthorization;

    WireTap(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers.submit(this::accept);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
    }

    /** How many requests for this JSON-RPC method passed, e.g. {@code common.db.login}. */
    int requests(String method) {
        return counts.getOrDefault(method, new AtomicInteger()).get();
    }

    Optional<String> lastAuthorization() {
        return Optional.ofNullable(lastAuthorization);
    }

    /** The next request for {@code method} reaches Tryton, which runs it; its answer never reaches the client. */
    void loseNextAnswerTo(String method) {
        loseNext.add(method);
    }

    /** The answer to the next request for {@code method} is held back until the tap closes. */
    void holdNextAnswerTo(String method) {
        holdNext.add(method);
    }

    @Override
    public void close() throws IOException {
        released.countDown();
        server.close();
        workers.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                workers.submit(() -> relay(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            byte[] head = readHead(in);
            String headText = new String(head, StandardCharsets.ISO_8859_1);
            byte[] body = in.readNBytes(contentLength(headText));
            String method = method(body);
            counts.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
            header(headText, "authorization").ifPresent(value -> lastAuthorization = value);
            byte[] answer;
            try (Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target)) {
                OutputStream out = upstream.getOutputStream();
                out.write(head);
                out.write(body);
                out.flush();
                answer = upstream.getInputStream().readAllBytes();
            }
            if (loseNext.remove(method)) {
                return; // Tryton committed; the client sees the connection close without an answer
            }
            if (holdNext.remove(method)) {
                released.await(2, TimeUnit.MINUTES);
            }
            client.getOutputStream().write(answer);
            client.getOutputStream().flush();
        } catch (IOException e) {
            // Tryton down or the client gone: the client sees the connection close
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
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
        return header(head, "content-length").map(String::trim).map(Integer::parseInt).orElse(0);
    }

    private static Optional<String> header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(line.substring(colon + 1).trim());
            }
        }
        return Optional.empty();
    }

    private static String method(byte[] body) {
        try {
            return MAPPER.readTree(body).path("method").asString("?");
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
