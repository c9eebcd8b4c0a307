package org.millwright.sandbox.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dispatches requests to handlers by method and path pattern ({@code /sandbox/erp/equipment/{id}}). Routes
 * that belong to a system ({@code erp}, {@code eam}, ...) run inside the {@link Interceptor}; routes without
 * one (health, admin) never do. Every answer is JSON; unknown paths answer 404, known paths with another
 * method 405, unexpected failures 500.
 */
public final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final JsonMapper mapper;
    private final Interceptor interceptor;

    public Router(JsonMapper mapper, Interceptor interceptor) {
        this.mapper = mapper;
        this.interceptor = interceptor;
    }

    /** Adds a route of a system; the interceptor (fault injection) applies to it. */
    public void route(String system, String method, String pattern, Handler handler) {
        routes.add(new Route(Optional.of(system), method, pattern.split("/"), handler));
    }

    /** Adds a route that belongs to no system (health, admin). */
    public void route(String method, String pattern, Handler handler) {
        routes.add(new Route(Optional.empty(), method, pattern.split("/"), handler));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            write(exchange, dispatch(exchange));
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        } finally {
            exchange.close();
        }
    }

    private Response dispatch(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String[] segments = exchange.getRequestURI().getRawPath().split("/");
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(segments);
            if (params.isEmpty()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            return run(route, params.get(), exchange);
        }
        if (!allowed.isEmpty()) {
            exchange.getResponseHeaders().add("Allow", String.join(", ", allowed));
            return Response.error(405, "method_not_allowed",
                    method + " is not allowed on " + exchange.getRequestURI().getPath() + "; allowed: " + allowed);
        }
        return Response.error(404, "not_found", "no route for " + method + " " + exchange.getRequestURI().getPath());
    }

    private Response run(Route route, Map<String, String> params, HttpExchange exchange) {
        try {
            Request request = new Request(params, query(exchange.getRequestURI().getRawQuery()),
                    readBody(exchange), mapper);
            if (route.system().isEmpty()) {
                return answer(route, request);
            }
            String system = route.system().get();
            interceptor.beforeWork(system);
            return interceptor.afterWork(system, answer(route, request));
        } catch (ApiException e) {
            return e.toResponse();
        } catch (IOException e) {
            return Response.error(400, "unreadable_body", "could not read the request body: " + e.getMessage());
        }
    }

    private static Response answer(Route route, Request request) {
        try {
            return route.handler().handle(request);
        } catch (ApiException e) {
            return e.toResponse();
        } catch (RuntimeException e) {
            LOG.error("sandbox route {} failed", String.join("/", route.pattern()), e);
            return Response.error(500, "internal_error", "internal error: " + e);
        }
    }

    private void write(HttpExchange exchange, Response response) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(response.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> result = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.putIfAbsent(key, value);
        }
        return result;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed URL encoding: '" + text + "'");
        }
    }

    private record Route(Optional<String> system, String method, String[] pattern, Handler handler) {

        Optional<Map<String, String>> match(String[] segments) {
            if (segments.length != pattern.length) {
                return Optional.empty();
            }
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < pattern.length; i++) {
                String expected = pattern[i];
                if (expected.startsWith("{") && expected.endsWith("}")) {
                    String value = decodeSegment(segments[i]);
                    if (value.isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(expected.substring(1, expected.length() - 1), value);
                } else if (!expected.equals(segments[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }

        private static String decodeSegment(String segment) {
            try {
                return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }
}
