package org.millwright.protocol.sparkplug.internal.session;

import java.time.Clock;
import java.util.function.BiConsumer;
import org.millwright.ingest.DeadLetter;
import org.millwright.ingest.RejectReason;
import org.millwright.ingest.spi.DeadLetterSink;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.protocol.sparkplug.SparkplugListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the tracker's effects to the application's listener and dead-letter sink; a failure of either is
 * logged and does not stop the session (Sparkplug data is not redelivered, so there is nothing to retry).
 */
public final class ListenerEffects implements HostEffects {
    private static final Logger LOG = LoggerFactory.getLogger(ListenerEffects.class);
    /** The dead-letter source of rejected Sparkplug messages. */
    public static final String SOURCE = "sparkplug";

    private final SparkplugListener listener;
    private final DeadLetterSink deadLetters;
    private final Clock clock;
    private final BiConsumer<String, String> rebirth;

    /** {@code rebirth} receives (group, edge node) for each rebirth request to send. */
    public ListenerEffects(SparkplugListener listener, DeadLetterSink deadLetters, Clock clock,
                           BiConsumer<String, String> rebirth) {
        this.listener = listener;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.rebirth = rebirth;
    }

    @Override
    public void live(Signal signal) {
        guard(() -> listener.onLive(signal), "live signal " + signal);
    }

    @Override
    public void historical(Signal signal) {
        guard(() -> listener.onHistorical(signal), "historical signal " + signal);
    }

    @Override
    public void stale(AssetId asset, SignalType type) {
        guard(() -> listener.onStale(asset, type), "stale " + type.wireName() + " of " + asset);
    }

    @Override
    public void requestRebirth(String group, String edgeNode) {
        rebirth.accept(group, edgeNode);
    }

    @Override
    public void reject(String topic, byte[] payload, RejectReason reason, String detail) {
        LOG.warn("Sparkplug message on {} rejected ({}): {}", topic, reason.code(), detail);
        DeadLetter letter = new DeadLetter(SOURCE, topic, reason, detail, payload, clock.instant());
        guard(() -> deadLetters.deadLetter(letter), "dead letter " + letter);
    }

    private static void guard(Runnable call, String what) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("Sparkplug host could not hand over {}", what, e);
        }
    }
}
