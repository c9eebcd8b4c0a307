package org.millwright.connector.sandbox.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends JSON requests to the sandbox and classifies every failure into a {@link ConnectorException}:
 * refused connections, timeouts, other I/O errors, 429 and 5xx are retriable; other 4xx are permanent. The
 * sandbox's {@code error.message} is kept verbatim as the upstream message. Thread-safe.
 */
public final class SandboxHttp {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxHttp.class);

    private final URI baseUri;
    private final Duration requestTimeout;
    private final HttpClient client;
    private final JsonMapper mapper = JsonMapper.builder().build();

    public SandboxHttp(URI baseUri, Duration requestTimeout) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
        if (!baseUri.isAbsolute()) {
            throw new IllegalArgumentException("baseUri must be absolute, like http://127.0.0.1:8091: " + baseUri);
        }
        this.client = HttpClient.newBuilder().connectTimeout(requestTimeout).build();
    }

    /** One call: which system and port operation it serves (for errors), and the request itself. */
    public record Call(String system, String operation, String method, String path, Optional<Object> body) {
    }

    public static Call get(String system, String operation, String path) {
        return new Call(system, operation, "GET", path, Optional.empty());
    }

    public static Call send(String system, String operation, String method, String path, Object body) {
        return new Call(system, operation, method, path, Optional.of(body));
    }

    /** The answer's JSON; any non-2xx is an exception. */
    public JsonNode execute(Call call) {
        HttpResponse<String> response = exchange(call);
        if (response.statusCode() / 100 != 2) {
            throw classify(call, response);
        }
        return parse(call, response.body());
    }

    /** Like {@link #execute}, but a 404 is an empty answer. */
    public Optional<JsonNode> executeIfFound(Call call) {
        HttpResponse<String> response = exchange(call);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw classify(call, response);
        }
        return Optional.of(parse(call, response.body()));
    }

    /** Whether {@code GET /sandbox/health} answers 200 with status UP; never throws. */
    public boolean isUp() {
        try {
            JsonNode health = execute(get("sandbox", "isUp", "/sandbox/health"));
            return "UP".equals(health.path("status").asString(""));
        } catch (ConnectorException e) {
            LOG.debug("sandbox health check failed: {}", e.getMessage());
            return false;
        }
    }

    /** A query-string value, URL-encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> exchange(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(call.path()))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (call.body().isPresent()) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(
                            mapper.writeValueAsBytes(call.body().get())));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw ConnectorException.retriable(call.system(), call.operation(),
                    "no answer within " + requestTimeout.toMillis() + " ms (" + e.getMessage() + ")", e);
        } catch (ConnectException e) {
            throw ConnectorException.retriable(call.system(), call.operation(),
                    "connection refused by " + baseUri, e);
        } catch (IOException e) {
            throw ConnectorException.retriable(call.system(), call.operation(), "I/O failure: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConnectorException.retriable(call.system(), call.operation(), "interrupted while waiting", e);
        }
    }

    private ConnectorException classify(Call call, HttpResponse<String> response) {
        int status = response.statusCode();
        String message = upstreamMessage(response);
        LOG.debug("{} {} {} answered {}: {}", call.system(), call.method(), call.path(), status, message);
        if (status == 429 || status >= 500) {
            return ConnectorException.retriable(call.system(), call.operation(), message, null);
        }
        return ConnectorException.permanent(call.system(), call.operation(), message);
    }

    private String upstreamMessage(HttpResponse<String> response) {
        String body = response.body();
        try {
            JsonNode message = mapper.readTree(body).path("error").path("message");
            if (message.isString()) {
                return message.stringValue();
            }
        } catch (JacksonException e) {
            // not the sandbox's error envelope (a proxy, say); fall back to the raw text below
        }
        return body == null || body.isBlank() ? "HTTP " + response.statusCode() : body;
    }

    private JsonNode parse(Call call, String body) {
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, call.system(), call.operation(),
                    "unreadable JSON answer: " + e.getOriginalMessage(), e);
        }
    }
}
