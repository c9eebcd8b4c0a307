package org.millwright.edge.internal.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * {@code GET /status} on 127.0.0.1 only, answering the agent's counters as JSON; anything else is 404 (other
 * paths) or 405 (other methods). The JDK's own HTTP server on one thread: no web framework on the edge.
 */
public final class StatusServer implements AutoCloseable {
    private final HttpServer server;

    private StatusServer(HttpServer server) {
        this.server = server;
    }

    /**
     * @param port 0 for any free port
     * @param json the status document
     * @throws IllegalStateException naming the port when it cannot listen
     */
    public static StatusServer start(int port, Supplier<String> json) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve the status on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                int code;
                byte[] body;
                if (!exchange.getRequestURI().getPath().equals("/status")) {
                    code = 404;
                    body = "{\"error\":\"only /status is served\"}".getBytes(StandardCharsets.UTF_8);
                } else if (!exchange.getRequestMethod().equals("GET")) {
                    code = 405;
                    body = "{\"error\":\"only GET\"}".getBytes(StandardCharsets.UTF_8);
                } else {
                    code = 200;
                    body = json.get().getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(code, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "millwright-edge-status");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return new StatusServer(server);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
