package org.millwright.ingest;

/**
 * Why an input was rejected at ingest. Each reason has a short, stable {@link #code()} for metrics
 * labels, dead-letter rows and APIs; the enum constant names may be refactored, the codes may not.
 */
public enum RejectReason {
    /** The payload has no bytes. */
    EMPTY_PAYLOAD("empty-payload"),
    /** The payload is larger than the configured maximum. */
    PAYLOAD_TOO_LARGE("payload-too-large"),
    /** The payload is not well-formed JSON (syntax error, bad encoding, duplicate field, trailing data). */
    MALFORMED_JSON("malformed-json"),
    /** The payload is JSON, but its root is not an object. */
    NOT_A_JSON_OBJECT("not-a-json-object"),
    /** The topic is not {@code enterprise/site/area/line/asset/signal}. */
    MALFORMED_TOPIC("malformed-topic"),
    /** The topic names an asset the catalogue does not know. */
    UNKNOWN_ASSET("unknown-asset"),
    /** The topic's enterprise/site/area/line differ from where the catalogue places the asset. */
    LOCATION_MISMATCH("location-mismatch"),
    /** The topic's last segment is not the wire name of a known signal. */
    UNKNOWN_SIGNAL("unknown-signal"),
    /** The sample has no {@code value} (or it is null). */
    MISSING_VALUE("missing-value"),
    /** The {@code value} is not a JSON number. */
    WRONG_VALUE_TYPE("wrong-value-type"),
    /** The {@code value} is NaN or infinite. */
    NON_FINITE_VALUE("non-finite-value"),
    /** The {@code value} is physically impossible for the signal (negative vibration, running not 0/1...). */
    VALUE_OUT_OF_RANGE("value-out-of-range"),
    /** The sample has no {@code ts} (or it is null). */
    MISSING_TIMESTAMP("missing-timestamp"),
    /** The {@code ts} is not an ISO-8601 instant string. */
    MALFORMED_TIMESTAMP("malformed-timestamp"),
    /** The {@code ts} lies further in the future than the tolerated clock skew. */
    TIMESTAMP_IN_FUTURE("timestamp-in-future"),
    /** The {@code ts} is older than the configured maximum age. */
    TIMESTAMP_TOO_OLD("timestamp-too-old"),
    /** The sample has no {@code unit} (or it is null). */
    MISSING_UNIT("missing-unit"),
    /** The {@code unit} is not the signal's canonical unit. */
    UNIT_MISMATCH("unit-mismatch"),
    /** The {@code quality} is not one of the known quality names. */
    UNKNOWN_QUALITY("unknown-quality"),
    /** The {@code seq} is not a non-negative integer that fits in 64 bits. */
    WRONG_SEQUENCE_TYPE("wrong-sequence-type"),
    /** The {@code src} is not a source id (1 to 128 letters, digits and {@code . _ - : /}). */
    MALFORMED_SOURCE("malformed-source"),
    /** The {@code hist} flag is not a JSON boolean. */
    WRONG_HISTORICAL_TYPE("wrong-historical-type");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    /** Short, stable, kebab-case code, e.g. {@code unknown-asset}. */
    public String code() {
        return code;
    }
}
