package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.millwright.app.MillwrightProperties;
import org.millwright.ingest.Decoded;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.RejectReason;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch ingest for sources that cannot speak MQTT: JSON lines, each a sample in the MQTT payload format plus its
 * unified-namespace {@code topic}. Every line gets a result; rejected lines are dead-lettered like MQTT input. The
 * answer comes once the accepted samples went through detection, so a 200 means they are processed; on a timeout
 * the client can resend the batch (detection ignores samples it has already seen).
 */
@RestController
@RequestMapping("/api/v1/ingest")
@Tag(name = "Ingest", description = "Telemetry over HTTP for sources that cannot speak MQTT")
public class HttpIngestController {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IngestGateway gateway;
    private final MillwrightProperties.Http settings;

    public HttpIngestController(IngestGateway gateway, MillwrightProperties properties) {
        this.gateway = gateway;
        this.settings = properties.ingest().http();
    }

    /** The outcome of one line; {@code reason} and {@code detail} only for rejected lines. */
    public record LineResult(int line, String status, String reason, String detail) {
    }

    /** The outcome of a batch. */
    public record BatchResult(int accepted, int rejected, List<LineResult> results) {
    }

    @PostMapping(value = "/samples", consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    @Operation(summary = "Ingest samples as JSON lines; per-line results",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/x-ndjson", examples = @ExampleObject(value =
                    "{\"topic\":\"acme/north/assembly/line-1/north-l1-motor-01/vibration\","
                            + "\"ts\":\"2026-11-25T08:00:00.123Z\",\"value\":1.8,\"unit\":\"mm/s\"}"))))
    public BatchResult samples(HttpServletRequest request,
                               @Parameter(description = "one of millwright.ingest.http.api-keys")
                               @RequestHeader(name = "X-Api-Key", required = false) String apiKey) throws IOException {
        authorize(apiKey);
        byte[] body = readBounded(request);
        List<LineResult> results = new ArrayList<>();
        List<CountDownLatch> processed = new ArrayList<>();
        int lineNumber = 0;
        int accepted = 0;
        for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            byte[] payload = line.getBytes(StandardCharsets.UTF_8);
            JsonNode json;
            try {
                json = JSON.readTree(line);
            } catch (JacksonException e) {
                String detail = "line is not JSON: " + e.getOriginalMessage();
                gateway.reject("http", "", payload, RejectReason.MALFORMED_JSON, detail);
                results.add(new LineResult(lineNumber, "rejected", RejectReason.MALFORMED_JSON.name(), detail));
                continue;
            }
            CountDownLatch done = new CountDownLatch(1);
            Decoded decoded = gateway.accept("http", topicOf(json), payload, done::countDown);
            if (decoded instanceof Decoded.Rejected rejected) {
                results.add(new LineResult(lineNumber, "rejected", rejected.reason().name(), rejected.detail()));
            } else {
                processed.add(done);
                results.add(new LineResult(lineNumber, "accepted", null, null));
                accepted++;
            }
        }
        awaitProcessed(processed);
        return new BatchResult(accepted, results.size() - accepted, results);
    }

    private void authorize(String apiKey) {
        if (settings.apiKeys().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "HTTP ingest is off: no API key is configured (millwright.ingest.http.api-keys)");
        }
        if (apiKey == null || !settings.apiKeys().contains(apiKey)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    apiKey == null ? "missing X-Api-Key header" : "X-Api-Key is not a configured key");
        }
    }

    private byte[] readBounded(HttpServletRequest request) throws IOException {
        int limit = settings.maxRequestBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(request.getContentLengthLong());
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(-1);
            }
            return body;
        }
    }

    private ResponseStatusException tooLarge(long length) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "request body "
                + (length >= 0 ? "of " + length + " bytes " : "") + "exceeds the limit of " + settings.maxRequestBytes()
                + " bytes (millwright.ingest.http.max-request-bytes); send smaller batches");
    }

    private void awaitProcessed(List<CountDownLatch> processed) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try {
            for (CountDownLatch done : processed) {
                if (!done.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "accepted samples were not "
                            + "processed within " + settings.timeout() + "; resend the batch (duplicates are ignored)");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted while processing");
        }
    }

    /** The line's topic, or "" when it has none (the decoder then rejects it, naming the problem). */
    private static String topicOf(JsonNode line) {
        JsonNode topic = line.get("topic");
        return topic != null && topic.isString() ? topic.asString() : "";
    }
}
