package org.millwright.protocol.sparkplug;

import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

/**
 * Receives what the {@link SparkplugHostApplication} learns from edge nodes.
 *
 * <p>Live and historical samples arrive through different methods because {@link Signal} has no
 * "historical" flag: a metric published with {@code is_historical=true} (store-and-forward backfill from an
 * edge node) must be stored as history but must never move the live state of an asset, so only
 * {@link #onLive} should feed detection's current view.
 *
 * <p>Threads: all methods are called on the host application's single dispatcher thread, one at a time, in
 * the order the broker delivered the messages. An exception thrown here is logged and the message is
 * otherwise treated as handled (Sparkplug data is not redelivered).
 */
public interface SparkplugListener {

    /** A current value from an NBIRTH, DBIRTH, NDATA or DDATA metric that was not flagged historical. */
    void onLive(Signal signal);

    /** A value the edge node flagged {@code is_historical}: store it as history, do not update live state. */
    void onHistorical(Signal signal);

    /**
     * The edge node (NDEATH with the session's bdSeq) or device (DDEATH) that produced this signal went
     * away: its last value is no longer current ({@link org.millwright.model.Quality#STALE}). No value is
     * invented; the next BIRTH brings fresh ones.
     */
    void onStale(AssetId asset, SignalType type);
}
