package org.millwright.ingest.internal.decode;

import static org.millwright.ingest.internal.decode.SampleFields.absent;
import static org.millwright.ingest.internal.decode.SampleFields.describe;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.millwright.ingest.Decoded;
import org.millwright.ingest.RejectReason;
import org.millwright.model.AssetId;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Judges the fields of a well-formed sample. Checks run in a fixed order, independent of the order of
 * fields in the payload: presence and types first, then units and names, then physical range and time.
 */
public final class SampleRules {
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

    private SampleRules() {
    }

    /**
     * The signal the fields describe, or the first rule they break.
     *
     * @param receivedAt      arrival time, the reference for the time window
     * @param futureTolerance how far past {@code receivedAt} a timestamp may lie (clock skew)
     * @param maxAge          how far before {@code receivedAt} a timestamp may lie
     */
    public static Decoded judge(SampleFields fields, AssetId asset, SignalType type, Instant receivedAt,
                                Duration futureTolerance, Duration maxAge) {
        JsonToken valueToken = fields.valueToken;
        if (absent(valueToken)) {
            return reject(RejectReason.MISSING_VALUE, "sample has no value");
        }
        if (valueToken == JsonToken.VALUE_STRING && isNonFiniteName(fields.valueText)) {
            return reject(RejectReason.NON_FINITE_VALUE,
                    "value " + Texts.quote(fields.valueText) + " is not a finite number");
        }
        if (!valueToken.isNumeric()) {
            return reject(RejectReason.WRONG_VALUE_TYPE,
                    "value is a JSON " + describe(valueToken) + ", expected a number");
        }
        if (!Double.isFinite(fields.value)) {
            return reject(RejectReason.NON_FINITE_VALUE, "value " + fields.value + " is not a finite number");
        }
        if (absent(fields.tsToken)) {
            return reject(RejectReason.MISSING_TIMESTAMP, "sample has no ts (ISO-8601 instant)");
        }
        if (fields.tsToken != JsonToken.VALUE_STRING) {
            return reject(RejectReason.MALFORMED_TIMESTAMP,
                    "ts is a JSON " + describe(fields.tsToken) + ", expected an ISO-8601 instant string");
        }
        Instant observedAt;
        try {
            observedAt = Instant.parse(fields.tsText);
        } catch (DateTimeException e) {
            return reject(RejectReason.MALFORMED_TIMESTAMP, "ts " + Texts.quote(fields.tsText)
                    + " is not an ISO-8601 instant such as 2026-11-25T18:00:00.123Z");
        }
        if (absent(fields.unitToken)) {
            return reject(RejectReason.MISSING_UNIT, "sample has no unit; " + type.wireName()
                    + " is expected in " + type.unit());
        }
        if (fields.unitToken != JsonToken.VALUE_STRING || !type.unit().equals(fields.unitText)) {
            String given = fields.unitToken == JsonToken.VALUE_STRING ? Texts.quote(fields.unitText)
                    : "a JSON " + describe(fields.unitToken);
            return reject(RejectReason.UNIT_MISMATCH, "unit " + given + " is not " + type.unit()
                    + ", the canonical unit of " + type.wireName());
        }
        Quality quality = Quality.GOOD;
        if (!absent(fields.qualityToken)) {
            if (fields.qualityToken != JsonToken.VALUE_STRING || !isQualityName(fields.qualityText)) {
                String given = fields.qualityToken == JsonToken.VALUE_STRING ? Texts.quote(fields.qualityText)
                        : "a JSON " + describe(fields.qualityToken);
                return reject(RejectReason.UNKNOWN_QUALITY,
                        "quality " + given + " is not one of GOOD, UNCERTAIN, BAD, STALE");
            }
            quality = Quality.valueOf(fields.qualityText);
        }
        OptionalLong sequence = OptionalLong.empty();
        if (!absent(fields.seqToken)) {
            if (fields.seqToken != JsonToken.VALUE_NUMBER_INT
                    || fields.seqNumberType == JsonParser.NumberType.BIG_INTEGER || fields.seq < 0) {
                return reject(RejectReason.WRONG_SEQUENCE_TYPE, "seq is "
                        + (fields.seqToken == JsonToken.VALUE_NUMBER_INT ? "out of range" : "a JSON "
                        + describe(fields.seqToken)) + ", expected a whole number from 0 to " + Long.MAX_VALUE);
            }
            sequence = OptionalLong.of(fields.seq);
        }
        Optional<String> source = Optional.empty();
        if (!absent(fields.srcToken)) {
            if (fields.srcToken != JsonToken.VALUE_STRING || !SOURCE_ID.matcher(fields.srcText).matches()) {
                String given = fields.srcToken == JsonToken.VALUE_STRING ? Texts.quote(fields.srcText)
                        : "a JSON " + describe(fields.srcToken);
                return reject(RejectReason.MALFORMED_SOURCE, "src " + given
                        + " is not a source id (1 to 128 letters, digits and . _ - : /)");
            }
            source = Optional.of(fields.srcText);
        }
        boolean historical = false;
        if (!absent(fields.histToken)) {
            if (fields.histToken != JsonToken.VALUE_TRUE && fields.histToken != JsonToken.VALUE_FALSE) {
                return reject(RejectReason.WRONG_HISTORICAL_TYPE,
                        "hist is a JSON " + describe(fields.histToken) + ", expected true or false");
            }
            historical = fields.histToken == JsonToken.VALUE_TRUE;
        }
        var impossible = PhysicalLimits.violation(type, fields.value);
        if (impossible.isPresent()) {
            return reject(RejectReason.VALUE_OUT_OF_RANGE, impossible.get());
        }
        if (observedAt.isAfter(receivedAt.plus(futureTolerance))) {
            return reject(RejectReason.TIMESTAMP_IN_FUTURE, "ts " + observedAt + " is "
                    + Duration.between(receivedAt, observedAt) + " after arrival at " + receivedAt
                    + "; at most " + futureTolerance + " of clock skew is tolerated");
        }
        if (observedAt.isBefore(receivedAt.minus(maxAge))) {
            return reject(RejectReason.TIMESTAMP_TOO_OLD, "ts " + observedAt + " is "
                    + Duration.between(observedAt, receivedAt) + " before arrival at " + receivedAt
                    + "; samples older than " + maxAge + " are not accepted");
        }
        return new Decoded.Accepted(new Signal(asset, type, fields.value, observedAt, quality), sequence, source,
                historical);
    }

    private static boolean isNonFiniteName(String text) {
        String bare = text.strip();
        if (bare.startsWith("+") || bare.startsWith("-")) {
            bare = bare.substring(1);
        }
        return bare.equalsIgnoreCase("nan") || bare.equalsIgnoreCase("infinity") || bare.equalsIgnoreCase("inf");
    }

    private static boolean isQualityName(String text) {
        for (Quality quality : Quality.values()) {
            if (quality.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static Decoded reject(RejectReason reason, String detail) {
        return new Decoded.Rejected(reason, detail);
    }
}
