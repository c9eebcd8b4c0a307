package org.millwright.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test HTTP receiver for completion callbacks; it can be told to fail its first requests with 500. */
final class CallbackReceiver implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/callbacks", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                attempts.incrementAndGet();
                if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                accepted.add(JSON.readTree(body));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callbacks");
    }

    void failNext(int count) {
        failuresLeft.set(count);
    }

    int attempts() {
        return attempts.get();
    }

    List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
