package org.millwright.protocol.sparkplug.internal.session;

import org.millwright.ingest.RejectReason;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

/** What the {@link SessionTracker} asks the outside world to do; implemented by the host application. */
public interface HostEffects {

    void live(Signal signal);

    void historical(Signal signal);

    void stale(AssetId asset, SignalType type);

    /** Publish an NCMD {@code Node Control/Rebirth = true} to this edge node. */
    void requestRebirth(String group, String edgeNode);

    /** Store the message as rejected, with the closest reason and a detail sentence naming the Sparkplug problem. */
    void reject(String topic, byte[] payload, RejectReason reason, String detail);
}
