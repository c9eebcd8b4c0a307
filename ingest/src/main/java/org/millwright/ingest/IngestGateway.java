package org.millwright.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.millwright.ingest.spi.DeadLetterSink;
import org.millwright.ingest.spi.HistorySink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of every protocol: decodes a payload, dead-letters it if it is rejected, or submits the
 * accepted signal to the pipeline.
 *
 * <p>Acknowledgement contract: the input's {@link Acknowledgement} runs when the hub no longer needs the
 * source to keep it, i.e. after the {@link DeadLetterSink} stored a rejected input, or after the pipeline's
 * handler handled an accepted one. If the sink throws, the input is not acknowledged, so the source
 * (broker) redelivers it later.
 *
 * <p>Samples that carry a source id and a sequence number ({@code src}, {@code seq}) are de-duplicated by
 * {@link SourceSequences}: a duplicate is acknowledged and dropped. Samples flagged historical
 * ({@code "hist":true}, a store-and-forward backfill) go to the {@link HistorySink} when one is given, and
 * never to the pipeline, so they do not move live detection state; without a sink they go to the pipeline
 * like live ones, where detection ignores those older than the last sample of their asset and signal.
 *
 * <p>Thread-safe; {@link #accept} is called concurrently from protocol threads and may block on
 * pipeline backpressure.
 */
public final class IngestGateway {
    private static final Logger LOG = LoggerFactory.getLogger(IngestGateway.class);
    private static final RejectReason[] REASONS = RejectReason.values();

    private final JsonSampleDecoder decoder;
    private final DeadLetterSink deadLetters;
    private final Pipeline pipeline;
    private final Clock clock;
    private final SourceSequences sequences;
    private final HistorySink history;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong historical = new AtomicLong();
    private final AtomicLongArray rejected = new AtomicLongArray(REASONS.length);
    private final AtomicLong deadLetterFailures = new AtomicLong();

    /**
     * @param decoder     turns payloads into signals
     * @param deadLetters durable store of rejected input
     * @param pipeline    receives accepted signals
     * @param clock       stamps the arrival time, which is also the decoder's reference for timestamps
     */
    public IngestGateway(JsonSampleDecoder decoder, DeadLetterSink deadLetters, Pipeline pipeline, Clock clock) {
        this(decoder, deadLetters, pipeline, clock, new SourceSequences(), null);
    }

    /**
     * A gateway that stores historical samples in {@code history} instead of submitting them to the pipeline.
     *
     * @param sequences de-duplicates by (source, sequence) and counts missing samples
     * @param history   stores samples flagged historical
     */
    public IngestGateway(JsonSampleDecoder decoder, DeadLetterSink deadLetters, Pipeline pipeline, Clock clock,
                         SourceSequences sequences, HistorySink history) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sequences = Objects.requireNonNull(sequences, "sequences");
        this.history = history;
    }

    /**
     * Takes in one input. Bad wire data never throws: it is dead-lettered and acknowledged.
     *
     * @param source  the protocol, e.g. {@code mqtt}
     * @param topic   the topic or channel it arrived on
     * @param payload the raw bytes
     * @param ack     releases the input at its source; runs at most once, possibly on another thread
     * @return what the decoder made of it (a rejection is already dead-lettered when this returns, unless the
     *         dead-letter store failed, which leaves the input unacknowledged)
     * @throws IllegalStateException when the pipeline is closed (the input is not acknowledged)
     */
    public Decoded accept(String source, String topic, byte[] payload, Acknowledgement ack) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(ack, "ack");
        Instant receivedAt = clock.instant();
        Decoded decoded = decoder.decode(topic, payload, receivedAt);
        if (decoded instanceof Decoded.Accepted accepted) {
            take(accepted, ack);
        } else if (decoded instanceof Decoded.Rejected rejection) {
            deadLetter(new DeadLetter(source, topic, rejection.reason(), rejection.detail(), payload, receivedAt),
                    ack);
        }
        return decoded;
    }

    private void take(Decoded.Accepted sample, Acknowledgement ack) {
        SourceSequences.Verdict verdict = sequences.observe(sample);
        if (verdict == SourceSequences.Verdict.DUPLICATE) {
            ack.acknowledge();
            return;
        }
        try {
            if (sample.historical() && history != null) {
                history.store(sample);
                historical.incrementAndGet();
                ack.acknowledge();
            } else {
                pipeline.submit(sample.signal(), ack);
            }
        } catch (RuntimeException e) {
            if (verdict == SourceSequences.Verdict.NEW) {
                // not taken in: the source redelivers it, and then it must not count as a duplicate
                sequences.forget(sample.source().get(), sample.sequence().getAsLong());
            }
            throw e;
        }
        accepted.incrementAndGet();
    }

    /**
     * Rejects an input that a protocol adapter already found malformed before it could be decoded (e.g. an HTTP line
     * that is not JSON, so it has no topic): dead-lettered and counted like any rejection.
     *
     * @return false when the dead-letter store failed
     */
    public boolean reject(String source, String topic, byte[] payload, RejectReason reason, String detail) {
        boolean[] stored = {false};
        deadLetter(new DeadLetter(source, topic, reason, detail, payload, clock.instant()), () -> stored[0] = true);
        return stored[0];
    }

    private void deadLetter(DeadLetter letter, Acknowledgement ack) {
        try {
            deadLetters.deadLetter(letter);
        } catch (RuntimeException e) {
            deadLetterFailures.incrementAndGet();
            LOG.warn("Could not store dead letter ({}: {}) from {} topic {}; leaving it unacknowledged for"
                    + " redelivery", letter.reason().code(), letter.detail(), letter.source(), letter.topic(), e);
            return;
        }
        rejected.incrementAndGet(letter.reason().ordinal());
        LOG.debug("Rejected {} from {} topic {}: {}", letter.reason().code(), letter.source(), letter.topic(),
                letter.detail());
        ack.acknowledge();
    }

    /** Inputs accepted and submitted to the pipeline or the history sink since start (duplicates not counted). */
    public long acceptedCount() {
        return accepted.get();
    }

    /** Historical samples stored in the history sink since start. */
    public long historicalCount() {
        return historical.get();
    }

    /** The de-duplication and gap tracker: duplicates dropped, samples missing. */
    public SourceSequences sourceSequences() {
        return sequences;
    }

    /** Inputs rejected and dead-lettered since start, by reason; every reason is present, zero if none. */
    public Map<RejectReason, Long> rejectedCounts() {
        Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
        for (RejectReason reason : REASONS) {
            counts.put(reason, rejected.get(reason.ordinal()));
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Times the dead-letter sink threw, leaving a rejected input unacknowledged. */
    public long deadLetterFailureCount() {
        return deadLetterFailures.get();
    }
}
