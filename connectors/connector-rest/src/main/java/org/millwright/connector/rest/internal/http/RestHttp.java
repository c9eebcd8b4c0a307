package org.millwright.connector.rest.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.rest.internal.mapping.ErrorPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one request, once, and classifies every failure: no answer in time, a refused connection and other I/O
 * failures are retriable; a status is retriable or permanent as the operation's {@link ErrorPolicy} says, with the
 * system's own error text. Retrying is the connector framework's job, never this class's. Thread-safe.
 */
final class RestHttp {
    private static final Logger LOG = LoggerFactory.getLogger(RestHttp.class);
    private static final int MAX_TEXT = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A request ready to send. {@code body} is empty for none. */
    record Request(String method, URI uri, Map<String, String> headers, byte[] body) {
    }

    /** An answer: its status, body text and {@code Location} header. */
    record Answer(int status, String body, Optional<String> location) {
        boolean isSuccess() {
            return status >= 200 && status <= 299;
        }
    }

    private final String system;
    private final Duration timeout;
    private final HttpClient client;

    RestHttp(String system, Duration timeout) {
        this.system = Objects.requireNonNull(system, "system");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        // redirects are not followed: the client would carry the credentials to wherever the answer points
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer send(String operation, Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout)
                .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        String target = request.method() + " " + request.uri();
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            LOG.debug("{} {}: {} answered {}", system, operation, target, response.statusCode());
            return new Answer(response.statusCode(), response.body() == null ? "" : response.body(),
                    response.headers().firstValue("Location"));
        } catch (HttpConnectTimeoutException e) {
            throw ConnectorException.retriable(system, operation, "no connection within " + timeout.toMillis()
                    + " ms to " + target, e);
        } catch (HttpTimeoutException e) {
            throw ConnectorException.retriable(system, operation, "no answer within " + timeout.toMillis()
                    + " ms to " + target, e);
        } catch (ConnectException e) {
            throw ConnectorException.retriable(system, operation, "connection refused: " + target, e);
        } catch (IOException e) {
            throw ConnectorException.retriable(system, operation, "I/O failure on " + target + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConnectorException.retriable(system, operation, "interrupted while waiting for " + target, e);
        }
    }

    /** The exception for an answer that is neither a success nor one the operation expects. */
    ConnectorException failure(String operation, Request request, Answer answer, ErrorPolicy policy) {
        String text = "HTTP " + answer.status() + ": " + errorText(answer.body(), policy);
        if (answer.status() >= 300 && answer.status() <= 399) {
            text += answer.location().map(location -> " (redirected to " + location + "; redirects are not followed,"
                    + " fix the base URL)").orElse("");
        }
        LOG.debug("{} {}: {} {} failed: {}", system, operation, request.method(), request.uri(), text);
        return policy.isRetriable(answer.status()) ? ConnectorException.retriable(system, operation, text, null)
                : ConnectorException.permanent(system, operation, text);
    }

    /** The text at the policy's message path when the body is JSON and has it; else the body itself, shortened. */
    static String errorText(String body, ErrorPolicy policy) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        if (policy.message().isPresent()) {
            try {
                JsonNode message = JSON.readTree(body).at(policy.message().get());
                if (message.isValueNode() && !message.isNull() && !message.asString().isBlank()) {
                    return message.asString();
                }
                if (message.isContainer() && !message.isEmpty()) {
                    return shorten(message.toString());
                }
            } catch (JacksonException e) {
                // not JSON (a proxy's page, say): the body is the best text there is
            }
        }
        return shorten(body.strip());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "... (" + text.length() + " chars)";
    }
}
