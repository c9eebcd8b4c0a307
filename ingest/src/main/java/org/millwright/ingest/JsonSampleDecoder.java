package org.millwright.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.millwright.ingest.internal.decode.SampleFields;
import org.millwright.ingest.internal.decode.SampleRules;
import org.millwright.ingest.internal.decode.Texts;
import org.millwright.ingest.internal.decode.UnsTopic;
import org.millwright.ingest.spi.AssetCatalogue;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;

/**
 * Decodes JSON samples published on unified-namespace topics
 * {@code enterprise/site/area/line/asset/signal}, e.g. {@code acme/north/assembly/line-1/north-l1-motor-01/vibration}
 * with payload {@code {"ts":"2026-11-25T18:00:00.123Z","value":4.21,"unit":"mm/s","seq":1234,"quality":"GOOD"}}
 * ({@code seq} and {@code quality} optional, quality defaults to GOOD; unknown fields are ignored). Sources that
 * store and forward, like the edge agent, add {@code "src":"edge-north-01/plc-7"} (their id, which numbers
 * {@code seq}) and {@code "hist":true} on backfilled samples; both are optional.
 *
 * <p>Bad wire data never throws: every payload and topic decodes to {@link Decoded.Accepted} or to
 * {@link Decoded.Rejected} with a {@link RejectReason} and a sentence naming the problem. Checks run in
 * this order: payload size, topic shape, signal name, asset (known, and at the topic's location), JSON
 * syntax, then the sample's fields. Only an exception from the {@link AssetCatalogue} propagates, as it
 * is an infrastructure failure rather than bad data.
 *
 * <p>Timestamps are judged against the {@code receivedAt} instant passed to {@link #decode}, which the
 * caller takes from its injected clock ({@link IngestGateway} does); judging against arrival rather than
 * "now" keeps the verdict on a replayed dead letter the same as on the original.
 *
 * <p>Immutable and thread-safe; parses with Jackson's streaming parser, without building a tree.
 */
public final class JsonSampleDecoder {
    /** Default tolerance for source clocks running ahead: 5 minutes. */
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /** Default maximum sample age at arrival: 7 days. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);
    /** Default maximum payload size: 16 KiB (a sample is about 100 bytes). */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024;

    private final AssetCatalogue catalogue;
    private final Duration futureTolerance;
    private final Duration maxAge;
    private final int maxPayloadBytes;

    private JsonSampleDecoder(Builder builder) {
        this.catalogue = builder.catalogue;
        this.futureTolerance = builder.futureTolerance;
        this.maxAge = builder.maxAge;
        this.maxPayloadBytes = builder.maxPayloadBytes;
    }

    /** A decoder with default tolerances that knows the assets in {@code catalogue}. */
    public static JsonSampleDecoder of(AssetCatalogue catalogue) {
        return builder(catalogue).build();
    }

    /** A builder for a decoder that knows the assets in {@code catalogue}. */
    public static Builder builder(AssetCatalogue catalogue) {
        return new Builder(catalogue);
    }

    /**
     * Decodes one payload.
     *
     * @param topic      the topic it arrived on
     * @param payload    the raw bytes (UTF-8 JSON)
     * @param receivedAt when it arrived; the reference for the timestamp window
     * @return the accepted signal or the rejection; never {@code null}
     */
    public Decoded decode(String topic, byte[] payload, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (payload == null || payload.length == 0) {
            return new Decoded.Rejected(RejectReason.EMPTY_PAYLOAD, "payload is empty");
        }
        if (payload.length > maxPayloadBytes) {
            return new Decoded.Rejected(RejectReason.PAYLOAD_TOO_LARGE,
                    "payload has " + payload.length + " bytes; at most " + maxPayloadBytes + " are accepted");
        }
        Optional<UnsTopic> parsed = UnsTopic.parse(topic);
        if (parsed.isEmpty()) {
            return new Decoded.Rejected(RejectReason.MALFORMED_TOPIC, UnsTopic.problem(topic));
        }
        UnsTopic levels = parsed.get();
        Optional<SignalType> type = SignalType.fromWireName(levels.signal());
        if (type.isEmpty()) {
            return new Decoded.Rejected(RejectReason.UNKNOWN_SIGNAL, "signal " + Texts.quote(levels.signal())
                    + " is unknown; known signals: " + knownSignals());
        }
        if (!AssetId.isValid(levels.asset())) {
            return new Decoded.Rejected(RejectReason.MALFORMED_TOPIC, "asset level " + Texts.quote(levels.asset())
                    + " is not an asset id (lower-case letters, digits and dashes, at most 64)");
        }
        Optional<Asset> asset = catalogue.find(AssetId.of(levels.asset()));
        if (asset.isEmpty()) {
            return new Decoded.Rejected(RejectReason.UNKNOWN_ASSET,
                    "asset " + Texts.quote(levels.asset()) + " is not in the asset catalogue");
        }
        if (!levels.isAt(asset.get().location())) {
            return new Decoded.Rejected(RejectReason.LOCATION_MISMATCH, "asset " + levels.asset()
                    + " sits at " + asset.get().location().path() + ", not at " + Texts.quote(levels.path()));
        }
        SampleFields fields = SampleFields.empty();
        Optional<Decoded.Rejected> malformed = SampleFields.read(payload, fields);
        if (malformed.isPresent()) {
            return malformed.get();
        }
        return SampleRules.judge(fields, asset.get().id(), type.get(), receivedAt, futureTolerance, maxAge);
    }

    private static String knownSignals() {
        StringBuilder names = new StringBuilder();
        for (SignalType type : SignalType.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(type.wireName());
        }
        return names.toString();
    }

    /** Configuration of a {@link JsonSampleDecoder}; every setting has a default. */
    public static final class Builder {
        private final AssetCatalogue catalogue;
        private Duration futureTolerance = DEFAULT_FUTURE_TOLERANCE;
        private Duration maxAge = DEFAULT_MAX_AGE;
        private int maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;

        private Builder(AssetCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        }

        /** How far ahead of arrival a timestamp may lie before it is TIMESTAMP_IN_FUTURE; zero or more. */
        public Builder futureTolerance(Duration tolerance) {
            this.futureTolerance = requireNotNegative(tolerance, "futureTolerance");
            return this;
        }

        /** How far before arrival a timestamp may lie before it is TIMESTAMP_TOO_OLD; more than zero. */
        public Builder maxAge(Duration age) {
            if (requireNotNegative(age, "maxAge").isZero()) {
                throw new IllegalArgumentException("maxAge must be more than zero");
            }
            this.maxAge = age;
            return this;
        }

        /** Largest accepted payload in bytes; at least 2. */
        public Builder maxPayloadBytes(int bytes) {
            if (bytes < 2) {
                throw new IllegalArgumentException("maxPayloadBytes must be at least 2, was " + bytes);
            }
            this.maxPayloadBytes = bytes;
            return this;
        }

        /** The decoder. */
        public JsonSampleDecoder build() {
            return new JsonSampleDecoder(this);
        }

        private static Duration requireNotNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + duration);
            }
            return duration;
        }
    }
}
