package org.millwright.ingest.internal.decode;

import java.util.Optional;
import org.millwright.ingest.Decoded;
import org.millwright.ingest.RejectReason;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * The raw fields of one JSON sample, read with Jackson's streaming parser (no tree, no binding). Reading
 * checks only the JSON itself; what the fields mean is judged by the decoder. Unknown fields are skipped,
 * so sources may add fields without breaking ingest.
 *
 * <p>A fresh instance per payload; not thread-safe.
 */
public final class SampleFields {
    /**
     * Thread-safe and shared. NaN/Infinity tokens are let through only so that they can be rejected with
     * their own reason; duplicate fields are a syntax error, because which one counts would be a guess.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build();
    private static final int MAX_DETAIL = 200;

    /** The JSON token of {@code value}, {@code null} while absent. */
    JsonToken valueToken;
    /** The number, when {@link #valueToken} is a number. */
    double value;
    /** The text, when {@link #valueToken} is a string. */
    String valueText;

    JsonToken tsToken;
    String tsText;

    JsonToken unitToken;
    String unitText;

    JsonToken qualityToken;
    String qualityText;

    JsonToken seqToken;
    JsonParser.NumberType seqNumberType;
    long seq;

    /** The edge source id ({@code src}), text when a string. */
    JsonToken srcToken;
    String srcText;

    /** The backfill flag ({@code hist}). */
    JsonToken histToken;

    private SampleFields() {
    }

    /**
     * Reads the payload's fields into {@code into}; returns the rejection when the payload is not a
     * well-formed JSON object. Never throws for any bytes.
     */
    public static Optional<Decoded.Rejected> read(byte[] payload, SampleFields into) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), payload)) {
            JsonToken root = parser.nextToken();
            if (root == null) {
                return reject(RejectReason.MALFORMED_JSON, "payload holds no JSON value, only whitespace");
            }
            if (root != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return reject(RejectReason.NOT_A_JSON_OBJECT,
                        "payload is a JSON " + describe(root) + ", expected a JSON object");
            }
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                into.readField(name, parser.nextToken(), parser);
            }
            if (parser.nextToken() != null) {
                return reject(RejectReason.MALFORMED_JSON, "payload has more data after the JSON object");
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return reject(RejectReason.MALFORMED_JSON, "payload is not well-formed JSON: " + syntaxProblem(e));
        }
    }

    /** An empty instance to {@link #read} into. */
    public static SampleFields empty() {
        return new SampleFields();
    }

    private void readField(String name, JsonToken token, JsonParser parser) {
        switch (name) {
            case "value" -> {
                valueToken = token;
                if (token.isNumeric()) {
                    value = parser.getDoubleValue();
                } else if (token == JsonToken.VALUE_STRING) {
                    valueText = parser.getString();
                }
            }
            case "ts" -> {
                tsToken = token;
                tsText = token == JsonToken.VALUE_STRING ? parser.getString() : null;
            }
            case "unit" -> {
                unitToken = token;
                unitText = token == JsonToken.VALUE_STRING ? parser.getString() : null;
            }
            case "quality" -> {
                qualityToken = token;
                qualityText = token == JsonToken.VALUE_STRING ? parser.getString() : null;
            }
            case "seq" -> {
                seqToken = token;
                if (token == JsonToken.VALUE_NUMBER_INT) {
                    seqNumberType = parser.getNumberType();
                    if (seqNumberType != JsonParser.NumberType.BIG_INTEGER) {
                        seq = parser.getLongValue();
                    }
                }
            }
            case "src" -> {
                srcToken = token;
                srcText = token == JsonToken.VALUE_STRING ? parser.getString() : null;
            }
            case "hist" -> histToken = token;
            default -> {
                // an unknown field: tolerated for forward compatibility
            }
        }
        parser.skipChildren();
    }

    /** Whether the field is absent or JSON {@code null}. */
    static boolean absent(JsonToken token) {
        return token == null || token == JsonToken.VALUE_NULL;
    }

    /** "a string", "an object"... for details. */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase();
        };
    }

    private static String syntaxProblem(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ')';
        String problem = message.replaceAll("\\s*\\((start marker )?at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s+", " ").strip();
        if (problem.length() > MAX_DETAIL) {
            problem = problem.substring(0, MAX_DETAIL) + '…';
        }
        return problem + where;
    }

    private static Optional<Decoded.Rejected> reject(RejectReason reason, String detail) {
        return Optional.of(new Decoded.Rejected(reason, detail));
    }
}
