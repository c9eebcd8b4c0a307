package org.millwright.protocol.sparkplug;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.millwright.ingest.DeadLetter;
import org.millwright.ingest.spi.DeadLetterSink;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

/** Keeps everything the host hands over, for assertions from the test thread. */
final class RecordingListener implements SparkplugListener, DeadLetterSink {
    record Stale(AssetId asset, SignalType type) {
    }

    final List<Signal> live = new CopyOnWriteArrayList<>();
    final List<Signal> historical = new CopyOnWriteArrayList<>();
    final List<Stale> stale = new CopyOnWriteArrayList<>();
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    @Override
    public void onLive(Signal signal) {
        live.add(signal);
    }

    @Override
    public void onHistorical(Signal signal) {
        historical.add(signal);
    }

    @Override
    public void onStale(AssetId asset, SignalType type) {
        stale.add(new Stale(asset, type));
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        deadLetters.add(letter);
    }
}
