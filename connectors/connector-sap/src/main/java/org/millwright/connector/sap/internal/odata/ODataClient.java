package org.millwright.connector.sap.internal.odata;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.millwright.connector.ConnectorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Talks OData V2 JSON to one SAP system as one user: basic authentication, one cookie jar, and the CSRF
 * handshake. Modifying requests carry the cached token of their service and the session cookies; on
 * {@code 403} with {@code x-csrf-token: Required} the token is fetched again once and the request sent once
 * more. Every failure becomes a {@link ConnectorException} with SAP's own error text. Thread-safe.
 */
public final class ODataClient {
    public static final String SYSTEM = "sap-s4";
    private static final Logger LOG = LoggerFactory.getLogger(ODataClient.class);
    private static final String CSRF = "x-csrf-token";

    private final URI serviceRoot;
    private final String authorization;
    private final Duration timeout;
    private final Optional<String> sapClient;
    private final HttpClient http;
    private final JsonMapper mapper = JsonMapper.builder().build();
    /** CSRF token per service; a token belongs to the session cookie in {@link #http}'s jar. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /**
     * @param serviceRoot the root all services hang below, e.g. {@code https://s4.example.com/sap/opu/odata/sap/}
     * @param sapClient   the {@code sap-client} to address on a multi-client system, sent on every request
     */
    public ODataClient(URI serviceRoot, String user, String password, Duration timeout, Optional<String> sapClient) {
        this.serviceRoot = Objects.requireNonNull(serviceRoot, "serviceRoot");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.sapClient = Objects.requireNonNull(sapClient, "sapClient");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
    }

    /** GET {@code service/path}; the whole answer (with its {@code d} wrapper). */
    public JsonNode get(String operation, String service, String path) {
        HttpResponse<String> response = exchange(operation, request(service, path).GET());
        if (response.statusCode() / 100 != 2) {
            throw failure(operation, response);
        }
        return parse(operation, response.body());
    }

    /** POST a JSON body to {@code service/path} (a create); the whole answer. */
    public JsonNode post(String operation, String service, String path, Object body) {
        byte[] json = mapper.writeValueAsBytes(body);
        HttpResponse<String> response = modify(operation, service, () -> request(service, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
        return parse(operation, response.body());
    }

    /** POST to a function import such as {@code CompleteMaintNotification?MaintenanceNotification='1'}. */
    public JsonNode action(String operation, String service, String pathAndQuery) {
        HttpResponse<String> response = modify(operation, service, () -> request(service, pathAndQuery)
                .POST(HttpRequest.BodyPublishers.noBody()));
        return parse(operation, response.body());
    }

    private HttpResponse<String> modify(String operation, String service,
                                        Supplier<HttpRequest.Builder> request) {
        String token = tokens.computeIfAbsent(service, s -> fetchToken(operation, s));
        HttpResponse<String> response = exchange(operation, request.get().header(CSRF, token));
        if (csrfRequired(response)) {
            LOG.debug("SAP rejected the CSRF token for {}; fetching a new one once", service);
            String fresh = fetchToken(operation, service);
            tokens.put(service, fresh);
            response = exchange(operation, request.get().header(CSRF, fresh));
            if (csrfRequired(response)) {
                tokens.remove(service, fresh);
                throw ConnectorException.retriable(SYSTEM, operation,
                        "CSRF token rejected again right after a refetch (403, x-csrf-token: Required): "
                                + SapError.text(403, response.body()), null);
            }
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(operation, response);
        }
        response.headers().firstValue("sap-message")
                .ifPresent(message -> LOG.info("SAP {} answered with message {}", operation, message));
        return response;
    }

    private String fetchToken(String operation, String service) {
        HttpResponse<String> response = exchange(operation, request(service, "").header(CSRF, "Fetch").GET());
        if (response.statusCode() / 100 != 2) {
            throw failure(operation, response);
        }
        return response.headers().firstValue(CSRF).filter(token -> !token.isBlank()
                && !"Required".equalsIgnoreCase(token)).orElseThrow(() -> ConnectorException.permanent(SYSTEM,
                operation, "CSRF fetch on " + service + " answered " + response.statusCode()
                        + " without an x-csrf-token header"));
    }

    private static boolean csrfRequired(HttpResponse<String> response) {
        return response.statusCode() == 403
                && response.headers().firstValue(CSRF).filter("Required"::equalsIgnoreCase).isPresent();
    }

    private HttpRequest.Builder request(String service, String path) {
        String target = service + "/" + path;
        if (sapClient.isPresent()) {
            target += (target.contains("?") ? "&" : "?") + "sap-client=" + OData.encode(sapClient.get());
        }
        return HttpRequest.newBuilder(serviceRoot.resolve(target))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> exchange(String operation, HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw ConnectorException.retriable(SYSTEM, operation,
                    "no answer within " + timeout.toMillis() + " ms from " + built.uri(), e);
        } catch (ConnectException e) {
            throw ConnectorException.retriable(SYSTEM, operation, "connection refused by " + built.uri(), e);
        } catch (IOException e) {
            throw ConnectorException.retriable(SYSTEM, operation, "I/O failure calling " + built.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConnectorException.retriable(SYSTEM, operation, "interrupted while waiting for SAP", e);
        }
    }

    private static ConnectorException failure(String operation, HttpResponse<String> response) {
        int status = response.statusCode();
        String text = "HTTP " + status + " " + SapError.text(status, response.body());
        LOG.debug("SAP {} {} answered {}", response.request().method(), response.uri(), text);
        return SapError.isRetriable(status) ? ConnectorException.retriable(SYSTEM, operation, text, null)
                : ConnectorException.permanent(SYSTEM, operation, text);
    }

    private JsonNode parse(String operation, String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, SYSTEM, operation,
                    "unreadable JSON answer: " + e.getOriginalMessage(), e);
        }
    }
}
