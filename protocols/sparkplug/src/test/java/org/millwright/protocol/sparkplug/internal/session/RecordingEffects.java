package org.millwright.protocol.sparkplug.internal.session;

import java.util.ArrayList;
import java.util.List;
import org.millwright.ingest.RejectReason;
import org.millwright.model.AssetId;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

/** Records the tracker's effects in order. */
final class RecordingEffects implements HostEffects {
    record Stale(AssetId asset, SignalType type) {
    }

    record Rejection(String topic, RejectReason reason, String detail) {
    }

    final List<Signal> live = new ArrayList<>();
    final List<Signal> historical = new ArrayList<>();
    final List<Stale> stale = new ArrayList<>();
    final List<String> rebirths = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void live(Signal signal) {
        live.add(signal);
    }

    @Override
    public void historical(Signal signal) {
        historical.add(signal);
    }

    @Override
    public void stale(AssetId asset, SignalType type) {
        stale.add(new Stale(asset, type));
    }

    @Override
    public void requestRebirth(String group, String edgeNode) {
        rebirths.add(group + '/' + edgeNode);
    }

    @Override
    public void reject(String topic, byte[] payload, RejectReason reason, String detail) {
        rejections.add(new Rejection(topic, reason, detail));
    }
}
