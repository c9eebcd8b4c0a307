package org.millwright.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionEvent;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.millwright.model.SupportType;

/** Test driver: feeds samples of one asset at whole seconds after {@link #T0} and keeps every event. */
final class Feed {
    static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    final Detector detector;
    final AssetState state;
    final List<ConditionEvent> events = new ArrayList<>();

    Feed(Detector detector, Asset asset) {
        this.detector = detector;
        this.state = detector.newState(asset);
    }

    static Feed of(String rulesYaml, Asset asset) {
        return new Feed(new Detector(RuleSetLoader.load(rulesYaml, "test.yaml")), asset);
    }

    static Asset motor(MachineGroup group, SupportType support) {
        return asset("north-l1-motor-01", AssetClass.MOTOR, group, support);
    }

    static Asset asset(String id, AssetClass assetClass, MachineGroup group, SupportType support) {
        return new Asset(AssetId.of(id), id, assetClass, new Isa95Location("acme", "north", "assembly", "l1"),
                group, support);
    }

    /** Feeds one GOOD sample at {@code second} and returns the events it caused. */
    List<ConditionEvent> at(long second, SignalType type, double value) {
        return at(second, type, value, Quality.GOOD);
    }

    List<ConditionEvent> at(long second, SignalType type, double value, Quality quality) {
        Signal signal = new Signal(state.asset().id(), type, value, T0.plusSeconds(second), quality);
        List<ConditionEvent> caused = detector.onSignal(state, signal);
        events.addAll(caused);
        return caused;
    }

    /** Feeds the same value every {@code step} seconds from {@code from} to {@code to} inclusive; returns the events. */
    List<ConditionEvent> hold(long from, long to, long step, SignalType type, double value) {
        List<ConditionEvent> caused = new ArrayList<>();
        for (long second = from; second <= to; second += step) {
            caused.addAll(at(second, type, value));
        }
        return caused;
    }
}
