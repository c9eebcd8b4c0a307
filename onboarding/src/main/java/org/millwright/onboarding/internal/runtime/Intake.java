package org.millwright.onboarding.internal.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.millwright.ingest.Acknowledgement;
import org.millwright.ingest.Decoded;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.JsonSampleDecoder;
import org.millwright.ingest.Pipeline;
import org.millwright.ingest.RejectReason;
import org.millwright.ingest.spi.AssetCatalogue;
import org.millwright.ingest.spi.DeadLetterSink;
import org.millwright.model.Asset;
import org.millwright.model.Quality;
import org.millwright.onboarding.internal.config.TagMapping;

/**
 * Where every plant source delivers: converts a tag's raw value to its canonical signal, judges it exactly as a
 * unified-namespace sample is judged (the hub's {@link JsonSampleDecoder}: known asset, physically possible value,
 * timestamp window), then submits it to the pipeline or dead-letters the raw input with the reason.
 *
 * <p>Acknowledgement: {@code ack} runs after the pipeline's handler (detection) handled the sample, or after the
 * dead letter was stored; never when storing failed, so a redeliverable input (MQTT) comes again. A plant may only
 * feed assets of its own ISA-95 site: a tag mapped to an asset elsewhere is a mapping mistake, dead-lettered as
 * {@link RejectReason#LOCATION_MISMATCH}.
 *
 * <p>Thread-safe; called from protocol threads, blocking on pipeline backpressure.
 */
public final class Intake {
    private final AssetCatalogue catalogue;
    private final JsonSampleDecoder decoder;
    private final IngestGateway gateway;
    private final Pipeline pipeline;
    private final Clock clock;

    /**
     * @param catalogue the hub's assets
     * @param gateway   stores and counts dead letters ({@link IngestGateway#reject})
     * @param pipeline  receives accepted signals
     * @param clock     stamps arrival
     */
    public Intake(AssetCatalogue catalogue, IngestGateway gateway, Pipeline pipeline, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.decoder = JsonSampleDecoder.of(catalogue);
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes in one raw value of a mapped tag.
     *
     * @param raw        the value as the source sent it, before scaling
     * @param observedAt when the source observed it; the arrival time when empty
     * @param topic      where it arrived (MQTT topic, OPC UA endpoint and node), for a dead letter
     * @param payload    the raw input, for a dead letter
     * @throws IllegalStateException when the pipeline is closed (nothing is acknowledged)
     */
    public void sample(SourceContext source, TagMapping tag, double raw, Optional<Instant> observedAt, Quality quality,
                       String topic, byte[] payload, Acknowledgement ack) {
        source.counters().received();
        Instant arrival = clock.instant();
        String where = source.describe() + ", tag " + tag.tag() + " (" + tag.target() + "): ";
        double value = tag.conversion().apply(raw);
        if (!Double.isFinite(value)) {
            deadLetter(source, topic, payload, RejectReason.NON_FINITE_VALUE, where + "raw value " + raw
                    + " scales to " + value, ack);
            return;
        }
        Optional<Asset> asset = catalogue.find(tag.asset());
        if (asset.isEmpty()) {
            deadLetter(source, topic, payload, RejectReason.UNKNOWN_ASSET, where + "asset " + tag.asset()
                    + " is not in the asset catalogue", ack);
            return;
        }
        var location = asset.get().location();
        if (!location.enterprise().equals(source.enterprise()) || !location.site().equals(source.site())) {
            deadLetter(source, topic, payload, RejectReason.LOCATION_MISMATCH, where + "asset " + tag.asset()
                    + " sits at " + location.path() + ", outside the plant's site " + source.enterprise() + '/'
                    + source.site(), ack);
            return;
        }
        String unsTopic = location.path() + '/' + tag.asset().value() + '/' + tag.signal().wireName();
        byte[] canonical = ("{\"ts\":\"" + observedAt.orElse(arrival) + "\",\"value\":" + value + ",\"unit\":\""
                + tag.signal().unit() + "\",\"quality\":\"" + quality.name() + "\"}").getBytes(StandardCharsets.UTF_8);
        Decoded decoded = decoder.decode(unsTopic, canonical, arrival);
        if (decoded instanceof Decoded.Rejected rejected) {
            deadLetter(source, topic, payload, rejected.reason(), where + rejected.detail(), ack);
            return;
        }
        pipeline.submit(((Decoded.Accepted) decoded).signal(), () -> {
            source.counters().handled();
            ack.acknowledge();
        });
        source.counters().accepted(arrival);
    }

    /** Dead-letters an input the source could not map or read (unknown topic or tag, bad payload). */
    public void reject(SourceContext source, String topic, byte[] payload, RejectReason reason, String detail,
                       Acknowledgement ack) {
        source.counters().received();
        deadLetter(source, topic, payload, reason, source.describe() + ": " + detail, ack);
    }

    /** Counts an input that is valid but not for live detection (e.g. a Sparkplug historical value). */
    public void skip(SourceContext source) {
        source.counters().received();
    }

    /**
     * A dead-letter store for a protocol that rejects input itself (the Sparkplug host: malformed payloads, unknown
     * aliases): counted on the source, stored through the gateway, and throwing when storing failed.
     */
    public DeadLetterSink deadLetters(SourceContext source) {
        return letter -> {
            source.counters().received();
            if (!gateway.reject(letter.source(), letter.topic(), letter.payload(), letter.reason(),
                    source.describe() + ": " + letter.detail())) {
                throw new IllegalStateException("dead letter from " + source.describe() + " could not be stored");
            }
            source.counters().rejected();
        };
    }

    private void deadLetter(SourceContext source, String topic, byte[] payload, RejectReason reason, String detail,
                            Acknowledgement ack) {
        if (gateway.reject(source.protocol(), topic, payload, reason, detail)) {
            source.counters().rejected();
            ack.acknowledge();
        }
    }

    /** The raw JSON kept in a dead letter for a value that arrived as a number rather than as bytes. */
    public static byte[] rawPayload(double raw, Instant observedAt, Quality quality) {
        return ("{\"value\":" + raw + ",\"ts\":\"" + observedAt + "\",\"quality\":\"" + quality.name() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
