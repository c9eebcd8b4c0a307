package org.millwright.connector.tryton.internal.rpc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.millwright.connector.ConnectorException;

/**
 * POSTs JSON to Tryton over HTTP/1.1 (Tryton's Werkzeug server closes every connection after its answer) and turns
 * every transport failure (timeout, refused connection, connection closed before the answer) into a retriable
 * {@link ConnectorException}. It never sends a request twice. Thread-safe.
 */
final class HttpTransport {
    /** An answer: its HTTP status and body. */
    record Answer(int status, String body) {
    }

    private final HttpClient http;
    private final Duration connectTimeout;

    HttpTransport(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer post(String operation, URI uri, Optional<String> authorization, byte[] body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        authorization.ifPresent(value -> request.header("Authorization", value));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw ConnectorException.retriable(TrytonRpc.SYSTEM, operation,
                    "no connection within " + connectTimeout.toMillis() + " ms to " + uri, e);
        } catch (HttpTimeoutException e) {
            throw ConnectorException.retriable(TrytonRpc.SYSTEM, operation,
                    "no answer within " + timeout.toMillis() + " ms from " + uri, e);
        } catch (ConnectException e) {
            throw ConnectorException.retriable(TrytonRpc.SYSTEM, operation, "connection refused by " + uri, e);
        } catch (IOException e) {
            throw ConnectorException.retriable(TrytonRpc.SYSTEM, operation,
                    "I/O failure calling " + uri + " (the request may have been processed): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConnectorException.retriable(TrytonRpc.SYSTEM, operation, "interrupted while waiting for Tryton", e);
        }
    }
}
