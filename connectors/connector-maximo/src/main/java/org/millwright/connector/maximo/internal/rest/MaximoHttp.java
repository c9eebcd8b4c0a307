package org.millwright.connector.maximo.internal.rest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
 * Talks lean JSON to Maximo's API-key route: every request carries {@code apikey} and {@code lean=1}; creates
 * and actions carry a {@code transactionid}, and creates a {@code properties} header so that the created record
 * comes back in the body. A {@code 409} on a request with a {@code transactionid} means Maximo already committed
 * it and is reported as {@link Outcome#ALREADY_DONE}. Every failure becomes a {@link ConnectorException} with
 * Maximo's own error text. Thread-safe.
 */
public final class MaximoHttp {
    public static final String SYSTEM = "maximo";
    private static final Logger LOG = LoggerFactory.getLogger(MaximoHttp.class);

    private final URI apiRoot;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper mapper = JsonMapper.builder().build();

    public MaximoHttp(URI apiRoot, String apiKey, Duration timeout) {
        this.apiRoot = Objects.requireNonNull(apiRoot, "apiRoot");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** How a create or action ended. */
    public enum Outcome { DONE, ALREADY_DONE }

    /** The answer to a create: the created record, or {@link Outcome#ALREADY_DONE} with no record. */
    public record Created(Outcome outcome, Optional<JsonNode> record) {
    }

    /** GET {@code os/<objectStructure>?lean=1&<query>}. */
    public JsonNode query(String operation, String objectStructure, String query) {
        return get(operation, apiRoot.resolve("os/" + objectStructure + "?lean=1&" + query));
    }

    /** POST a new record to {@code os/<objectStructure>?lean=1}, asking for {@code properties} back. */
    public Created create(String operation, String objectStructure, Object body, String properties,
                          String transactionId) {
        HttpRequest.Builder request = request(apiRoot.resolve("os/" + objectStructure + "?lean=1"))
                .header("Content-Type", "application/json")
                .header("properties", properties)
                .header("transactionid", transactionId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
        HttpResponse<String> response = exchange(operation, request);
        if (response.statusCode() == 409) {
            LOG.info("Maximo {}: transactionid {} already committed ({})", operation, transactionId,
                    MaximoError.text(409, response.body()));
            return new Created(Outcome.ALREADY_DONE, Optional.empty());
        }
        requireSuccess(operation, response);
        if (response.body() != null && !response.body().isBlank()) {
            return new Created(Outcome.DONE, Optional.of(parse(operation, response.body())));
        }
        // the properties header was ignored: the 201 only names the record in Location; read it there
        String location = response.headers().firstValue("Location").orElseThrow(() -> ConnectorException.permanent(
                SYSTEM, operation, "create answered " + response.statusCode() + " with neither body nor Location"));
        URI member = URI.create(location);
        return new Created(Outcome.DONE, Optional.of(get(operation, URI.create(member + (member.getQuery() == null
                ? "?" : "&") + "lean=1"))));
    }

    /** POST {@code href?action=<action>&lean=1} as a PATCH; a 409 on its transaction id means already done. */
    public Outcome action(String operation, String href, String action, Object body, String transactionId) {
        HttpRequest.Builder request = request(URI.create(href + (href.contains("?") ? "&" : "?") + "action="
                + Oslc.encode(action) + "&lean=1"))
                .header("Content-Type", "application/json")
                .header("x-method-override", "PATCH")
                .header("transactionid", transactionId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)));
        HttpResponse<String> response = exchange(operation, request);
        if (response.statusCode() == 409) {
            return Outcome.ALREADY_DONE;
        }
        requireSuccess(operation, response);
        return Outcome.DONE;
    }

    private JsonNode get(String operation, URI uri) {
        HttpResponse<String> response = exchange(operation, request(uri).GET());
        requireSuccess(operation, response);
        return parse(operation, response.body());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("apikey", apiKey).header("Accept", "application/json");
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
            throw ConnectorException.retriable(SYSTEM, operation, "interrupted while waiting for Maximo", e);
        }
    }

    private static void requireSuccess(String operation, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String text = "HTTP " + status + " " + MaximoError.text(status, response.body());
        LOG.debug("Maximo {} {} answered {}", response.request().method(), response.uri(), text);
        throw MaximoError.isRetriable(status) ? ConnectorException.retriable(SYSTEM, operation, text, null)
                : ConnectorException.permanent(SYSTEM, operation, text);
    }

    private JsonNode parse(String operation, String body) {
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            throw new ConnectorException(ConnectorException.Kind.PERMANENT, SYSTEM, operation,
                    "unreadable JSON answer: " + e.getOriginalMessage(), e);
        }
    }
}
