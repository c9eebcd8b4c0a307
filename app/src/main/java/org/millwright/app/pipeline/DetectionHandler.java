package org.millwright.app.pipeline;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.millwright.app.episodes.EpisodeStore;
import org.millwright.detect.ActiveRuleSet;
import org.millwright.detect.AssetState;
import org.millwright.detect.Detector;
import org.millwright.detect.Features;
import org.millwright.ingest.SignalHandler;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionEvent;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

/**
 * Runs detection on a partition thread and records what it finds as episodes, with the active rule set. The
 * detection state of an asset is confined to the thread of the asset's partition. Events that could not be recorded (database down) are kept and
 * recorded first when the pipeline retries the sample, so that a failed write loses no condition: detection itself
 * ignores the retried sample as a duplicate.
 */
public class DetectionHandler implements SignalHandler {
    private final ActiveRuleSet rules;
    private final AssetCatalogueService catalogue;
    private final EpisodeStore episodes;
    private final AssetHealth health;
    private final Runnable assetsChanged;
    /** An asset's detection state and the detector (rule set) it belongs to. */
    private record Detection(Detector detector, AssetState state) {
    }

    private final Map<AssetId, Detection> detections = new ConcurrentHashMap<>();
    private final Map<AssetId, List<ConditionEvent>> unrecorded = new ConcurrentHashMap<>();

    public DetectionHandler(ActiveRuleSet rules, AssetCatalogueService catalogue, EpisodeStore episodes,
                            AssetHealth health, Runnable assetsChanged) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.episodes = episodes;
        this.health = health;
        this.assetsChanged = assetsChanged;
    }

    @Override
    public void handle(Signal signal) {
        Asset asset = catalogue.find(signal.asset())
                .orElseThrow(() -> new IllegalStateException("asset left the catalogue: " + signal.asset()));
        List<ConditionEvent> pending = unrecorded.remove(asset.id());
        if (pending != null) {
            recordAll(asset.id(), pending);
        }
        health.observe(asset, signal);
        Detector detector = rules.detector();
        Detection detection = detections.get(asset.id());
        if (detection == null || detection.detector() != detector) {
            // New asset, or the rule set was reloaded: detection starts afresh; open episodes stay open, and a
            // condition that is still there raises again and joins its open episode.
            detection = new Detection(detector, detector.newState(asset));
            detections.put(asset.id(), detection);
        }
        List<ConditionEvent> events = detector.onSignal(detection.state(), signal);
        if (signal.type() == SignalType.VIBRATION_VELOCITY) {
            AssetState state = detection.state();
            health.assessed(asset.id(), new AssetHealth.Assessment(state.forecast(SignalType.VIBRATION_VELOCITY),
                    state.features(SignalType.VIBRATION_VELOCITY).filter(Features::learned)
                            .map(f -> OptionalDouble.of(f.baseline())).orElse(OptionalDouble.empty())));
        }
        if (!events.isEmpty()) {
            recordAll(asset.id(), events);
        }
        assetsChanged.run();
    }

    private void recordAll(AssetId asset, List<ConditionEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            try {
                episodes.record(events.get(i));
            } catch (RuntimeException e) {
                unrecorded.put(asset, List.copyOf(events.subList(i, events.size())));
                throw e;
            }
            health.condition(events.get(i));
        }
    }
}
