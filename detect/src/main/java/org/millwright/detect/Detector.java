package org.millwright.detect;

import java.util.List;
import java.util.Objects;
import org.millwright.detect.internal.engine.Engine;
import org.millwright.model.Asset;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Signal;

/**
 * Turns samples into condition events with the rules of one {@link RuleSet}: a pure per-asset state machine,
 * {@code (state, sample) -> (state', events)}, driven only by the samples' {@link Signal#observedAt()} and never by
 * a clock, so the same samples in the same order always give the same events.
 *
 * <p>Conditions are per (asset, failure mode). A failure mode is active while any of its rules is active, at the
 * highest severity of its active rules:
 * <ul>
 *   <li>not active → {@link ConditionRaised} once a rule's raise region held for its {@code minDuration}, at the
 *       severity reached (the escalation severity when its escalate region held as long);</li>
 *   <li>active → {@link ConditionEscalated} when a higher severity held for {@code minDuration}; never
 *       de-escalates;</li>
 *   <li>active → {@link ConditionCleared} when every active rule has been in its clear region for its
 *       {@code clearDuration} (rules that never raised do not hold a condition open) and then the rule set's
 *       {@link RuleSet#coolDown()} passed without a rule raising again; a rule that raises within the cool-down
 *       re-joins the open condition (no new {@code ConditionRaised}, so the same episode) and is counted in
 *       {@link AssetState#suppressedReopens} — flapping is suppressed.</li>
 * </ul>
 * Rules are {@link ZoneRule}s, {@link ThresholdRule}s and {@link ConditionMonitoringRule}s (features, learned
 * baseline, EWMA, ISO 20816-3 alarm/trip guidance and time-to-limit forecast); every event carries the rule set's
 * version and {@link org.millwright.model.Evidence} whose summary says what crossed which limit.
 * Never a second {@code ConditionRaised} while a condition is active. Durations are measured between the
 * timestamps of consecutive samples; when two samples of a signal are more than {@link RuleSet#maxGap()} apart,
 * every duration of that signal's rules starts again. Samples not newer than the last sample of the same
 * (asset, signal) and samples whose quality is not GOOD are ignored and counted in the {@link AssetState}.
 *
 * <p>Immutable and thread-safe; the {@link AssetState}s it creates are not (see there).
 */
public final class Detector {
    private final Engine engine;

    /** A detector for the rules of {@code ruleSet}. */
    public Detector(RuleSet ruleSet) {
        this.engine = new Engine(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** The rule set this detector applies. */
    public RuleSet ruleSet() {
        return engine.ruleSet();
    }

    /**
     * A fresh state for an asset: nothing seen, nothing active. The asset's class and id select its rules, its
     * machine group and support type its zone boundaries.
     */
    public AssetState newState(Asset asset) {
        return new AssetState(engine.newMemory(asset));
    }

    /**
     * Feeds one sample: updates {@code state} in place and returns the condition events the sample caused, in rule
     * set order of their failure modes; usually an empty list. Call only from the thread that owns {@code state}.
     *
     * @throws IllegalArgumentException when {@code state} was created by another detector or belongs to another asset
     */
    public List<ConditionEvent> onSignal(AssetState state, Signal signal) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(signal, "signal");
        return engine.onSignal(state.memory(), signal);
    }
}
