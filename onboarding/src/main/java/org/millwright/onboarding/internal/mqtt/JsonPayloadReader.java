package org.millwright.onboarding.internal.mqtt;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.millwright.ingest.RejectReason;
import org.millwright.model.Quality;
import org.millwright.onboarding.internal.config.PayloadFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads value, timestamp and quality out of a plant's JSON payload, wherever its {@link PayloadFormat} says they sit.
 * A payload that is a bare number is the value itself, observed at arrival. Bad wire data never throws: it reads to
 * {@link Reading.Unreadable} with a reason and a sentence naming the problem.
 */
final class JsonPayloadReader {
    /** Plant payloads are small; anything larger is refused before parsing. */
    static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The outcome of reading a payload. */
    sealed interface Reading {
        /** A value with, if the payload has one, its observation time. */
        record Read(double value, Optional<Instant> observedAt, Quality quality) implements Reading {
        }

        /** The payload could not be read. */
        record Unreadable(RejectReason reason, String detail) implements Reading {
        }
    }

    private JsonPayloadReader() {
    }

    static Reading read(byte[] payload, PayloadFormat format) {
        if (payload.length == 0) {
            return new Reading.Unreadable(RejectReason.EMPTY_PAYLOAD, "payload is empty");
        }
        if (payload.length > MAX_PAYLOAD_BYTES) {
            return new Reading.Unreadable(RejectReason.PAYLOAD_TOO_LARGE, "payload has " + payload.length
                    + " bytes; at most " + MAX_PAYLOAD_BYTES + " are accepted");
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (JacksonException e) {
            return new Reading.Unreadable(RejectReason.MALFORMED_JSON, "payload is not JSON: "
                    + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
        }
        if (root == null || root.isMissingNode()) {
            return new Reading.Unreadable(RejectReason.MALFORMED_JSON, "payload holds no JSON value");
        }
        if (root.isNumber()) {
            return new Reading.Read(root.asDouble(), Optional.empty(), Quality.GOOD);
        }
        if (!root.isObject()) {
            return new Reading.Unreadable(RejectReason.NOT_A_JSON_OBJECT, "payload is JSON " + root.getNodeType()
                    .name().toLowerCase(Locale.ROOT) + ", expected an object or a number");
        }
        JsonNode value = at(root, format.value());
        if (value == null || value.isNull()) {
            return new Reading.Unreadable(RejectReason.MISSING_VALUE, "payload has no '" + format.value() + "'");
        }
        Optional<Double> number = number(value);
        if (number.isEmpty()) {
            return new Reading.Unreadable(RejectReason.WRONG_VALUE_TYPE, "'" + format.value() + "' is " + value
                    + ", expected a number (or a boolean)");
        }
        Optional<Instant> observedAt = Optional.empty();
        if (format.timestamp().isPresent()) {
            String field = format.timestamp().get();
            JsonNode ts = at(root, field);
            if (ts == null || ts.isNull()) {
                return new Reading.Unreadable(RejectReason.MISSING_TIMESTAMP, "payload has no '" + field
                        + "' (ISO-8601 instant or epoch milliseconds); write timestamp: arrival if it never has one");
            }
            observedAt = instant(ts);
            if (observedAt.isEmpty()) {
                return new Reading.Unreadable(RejectReason.MALFORMED_TIMESTAMP, "'" + field + "' is " + ts
                        + ", expected an ISO-8601 instant such as 2026-11-25T18:00:00Z or epoch milliseconds");
            }
        }
        JsonNode qualityNode = at(root, format.quality());
        Quality quality = Quality.GOOD;
        if (qualityNode != null && !qualityNode.isNull()) {
            Optional<Quality> named = qualityNode.isString() ? quality(qualityNode.asString()) : Optional.empty();
            if (named.isEmpty()) {
                return new Reading.Unreadable(RejectReason.UNKNOWN_QUALITY, "'" + format.quality() + "' is "
                        + qualityNode + ", expected one of GOOD, UNCERTAIN, BAD, STALE");
            }
            quality = named.get();
        }
        return new Reading.Read(number.get(), observedAt, quality);
    }

    /** The node at a dotted path, or null. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(name);
        }
        return node;
    }

    private static Optional<Double> number(JsonNode value) {
        if (value.isNumber()) {
            return Optional.of(value.asDouble());
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean() ? 1.0 : 0.0);
        }
        if (value.isString()) {
            try {
                return Optional.of(Double.parseDouble(value.asString().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(JsonNode ts) {
        if (ts.isIntegralNumber() && ts.canConvertToLong()) {
            return Optional.of(Instant.ofEpochMilli(ts.asLong()));
        }
        if (ts.isString()) {
            try {
                return Optional.of(Instant.parse(ts.asString()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Quality> quality(String text) {
        for (Quality quality : Quality.values()) {
            if (quality.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(quality);
            }
        }
        return Optional.empty();
    }
}
