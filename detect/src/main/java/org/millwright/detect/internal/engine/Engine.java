package org.millwright.detect.internal.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.millwright.detect.Rule;
import org.millwright.detect.RuleSet;
import org.millwright.detect.ZoneBoundaries;
import org.millwright.model.Asset;
import org.millwright.model.ConditionCleared;
import org.millwright.model.ConditionEscalated;
import org.millwright.model.ConditionEvent;
import org.millwright.model.ConditionRaised;
import org.millwright.model.Evidence;
import org.millwright.model.FailureMode;
import org.millwright.model.Quality;
import org.millwright.model.Severity;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detection step for one rule set: (asset memory, sample) → (asset memory', events). Immutable and
 * thread-safe itself; each {@link AssetMemory} it works on is confined to its owner thread. Time comes only from
 * the samples' {@link Signal#observedAt()}, so the same samples always give the same events.
 */
public final class Engine {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);
    private static final int[] NONE = new int[0];
    private static final Severity[] SEVERITIES = Severity.values();

    private final RuleSet ruleSet;
    private final CompiledRule[] rules;
    private final FailureMode[] failureModes;
    /** Rule indices per signal ordinal. */
    private final int[][] rulesBySignal;
    /** Failure mode indices per signal ordinal, each once, in rule-set order. */
    private final int[][] failureModesBySignal;
    /** Rule indices per failure mode index. */
    private final int[][] rulesByFailureMode;
    private final long maxGapNanos;
    private final long coolDownNanos;

    public Engine(RuleSet ruleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.maxGapNanos = Nanos.of(ruleSet.maxGap());
        this.coolDownNanos = Nanos.of(ruleSet.coolDown());
        Map<FailureMode, Integer> modeIndex = new LinkedHashMap<>();
        List<Rule> all = ruleSet.rules();
        rules = new CompiledRule[all.size()];
        for (int i = 0; i < rules.length; i++) {
            Rule rule = all.get(i);
            Integer mode = modeIndex.computeIfAbsent(rule.failureMode(), key -> modeIndex.size());
            rules[i] = new CompiledRule(rule, mode);
        }
        failureModes = modeIndex.keySet().toArray(new FailureMode[0]);
        rulesBySignal = new int[SignalType.values().length][];
        failureModesBySignal = new int[SignalType.values().length][];
        for (SignalType signal : SignalType.values()) {
            List<Integer> ruleIndices = new ArrayList<>();
            List<Integer> modeIndices = new ArrayList<>();
            for (int i = 0; i < rules.length; i++) {
                if (rules[i].rule.signal() == signal) {
                    ruleIndices.add(i);
                    if (!modeIndices.contains(rules[i].failureModeIndex)) {
                        modeIndices.add(rules[i].failureModeIndex);
                    }
                }
            }
            rulesBySignal[signal.ordinal()] = toArray(ruleIndices);
            failureModesBySignal[signal.ordinal()] = toArray(modeIndices);
        }
        rulesByFailureMode = new int[failureModes.length][];
        for (int mode = 0; mode < failureModes.length; mode++) {
            List<Integer> ruleIndices = new ArrayList<>();
            for (int i = 0; i < rules.length; i++) {
                if (rules[i].failureModeIndex == mode) {
                    ruleIndices.add(i);
                }
            }
            rulesByFailureMode[mode] = toArray(ruleIndices);
        }
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Fresh memory for an asset: nothing seen, nothing active. */
    public AssetMemory newMemory(Asset asset) {
        Objects.requireNonNull(asset, "asset");
        ZoneBoundaries boundaries = ruleSet.zones().boundaries(asset.machineGroup(), asset.support());
        RuleMemory[] memories = new RuleMemory[rules.length];
        for (int i = 0; i < rules.length; i++) {
            boolean applicable = ruleSet.applies(rules[i].rule, asset);
            memories[i] = applicable && rules[i].monitor != null
                    ? new RuleMemory(true, new Health(rules[i].monitor, boundaries))
                    : new RuleMemory(applicable);
        }
        return new AssetMemory(this, asset, boundaries, memories, failureModes.length);
    }

    /**
     * Feeds one sample; updates {@code memory} and returns the condition events it caused, usually none.
     *
     * @throws IllegalArgumentException when the memory belongs to another engine or the sample to another asset
     */
    public List<ConditionEvent> onSignal(AssetMemory memory, Signal signal) {
        if (memory.owner != this) {
            throw new IllegalArgumentException("asset state of " + memory.asset.id()
                    + " was created by another detector");
        }
        if (!memory.asset.id().equals(signal.asset())) {
            throw new IllegalArgumentException("signal of asset " + signal.asset() + " given to the state of asset "
                    + memory.asset.id());
        }
        int type = signal.type().ordinal();
        Instant at = signal.observedAt();
        Instant last = memory.lastSeen[type];
        if (last != null && !at.isAfter(last)) {
            memory.ignoredOutOfOrder++;
            return List.of();
        }
        memory.lastSeen[type] = at;
        if (signal.quality() != Quality.GOOD) {
            memory.ignoredNotGood++;
            memory.notGoodBySignal[type]++;
            return List.of();
        }
        memory.evaluated++;
        for (int index : rulesBySignal[type]) {
            RuleMemory rule = memory.rules[index];
            if (rule.health != null) {
                stepMonitor(rules[index], rule, signal);
            } else if (rule.applicable) {
                step(rules[index], rule, memory, signal);
            }
        }
        List<ConditionEvent> events = null;
        for (int mode : failureModesBySignal[type]) {
            events = settle(memory, mode, signal, events);
        }
        return events == null ? List.of() : Collections.unmodifiableList(events);
    }

    /** Moves one rule's runs and active severity forward by one sample. */
    private void step(CompiledRule rule, RuleMemory memory, AssetMemory asset, Signal signal) {
        Instant at = signal.observedAt();
        Level level = rule.level(signal.value(), asset.boundaries);
        if (memory.lastAt == null || Nanos.between(memory.lastAt, at) > maxGapNanos) {
            // no data is no evidence: every run starts again with this sample
            memory.raiseSince = null;
            memory.escalateSince = null;
            memory.clearSince = null;
        }
        memory.lastAt = at;
        memory.raiseSince = level.compareTo(Level.RAISE) >= 0 ? since(memory.raiseSince, at) : null;
        memory.escalateSince = level == Level.ESCALATE ? since(memory.escalateSince, at) : null;
        memory.clearSince = level == Level.CLEAR ? since(memory.clearSince, at) : null;

        boolean escalated = rule.escalateSeverity != null && memory.escalateSince != null
                && Nanos.between(memory.escalateSince, at) >= rule.minNanos;
        if (memory.active == null) {
            if (escalated) {
                activate(memory, rule.escalateSeverity, Level.ESCALATE, memory.escalateSince, signal, asset);
            } else if (memory.raiseSince != null && Nanos.between(memory.raiseSince, at) >= rule.minNanos) {
                activate(memory, rule.severity, Level.RAISE, memory.raiseSince, signal, asset);
            }
        } else if (escalated && rule.escalateSeverity.isAbove(memory.active)) {
            activate(memory, rule.escalateSeverity, Level.ESCALATE, memory.escalateSince, signal, asset);
        } else if (memory.clearSince != null && Nanos.between(memory.clearSince, at) >= rule.clearNanos) {
            memory.active = null;
        }
    }

    /** As {@link #step} for a condition-monitoring rule: one run per severity, the highest held one counts. */
    private void stepMonitor(CompiledRule rule, RuleMemory memory, Signal signal) {
        Instant at = signal.observedAt();
        Health health = memory.health;
        int verdict = health.assess(Nanos.epoch(at), signal.value());
        if (memory.lastAt == null || Nanos.between(memory.lastAt, at) > maxGapNanos) {
            Arrays.fill(memory.runSince, null);
            memory.clearSince = null;
        }
        memory.lastAt = at;
        for (int s = 0; s < memory.runSince.length; s++) {
            memory.runSince[s] = verdict >= s ? since(memory.runSince[s], at) : null;
        }
        memory.clearSince = verdict == Health.CLEAR ? since(memory.clearSince, at) : null;
        int held = -1;
        for (int s = memory.runSince.length - 1; s >= 0 && held < 0; s--) {
            if (memory.runSince[s] != null && Nanos.between(memory.runSince[s], at) >= rule.minNanos) {
                held = s;
            }
        }
        if (held >= 0 && (memory.active == null || SEVERITIES[held].isAbove(memory.active))) {
            memory.active = SEVERITIES[held];
            memory.evidenceSeverity = held;
            memory.evidenceValue = health.lastLevel;
            memory.evidenceAt = at;
            memory.evidenceHeldNanos = Nanos.between(memory.runSince[held], at);
            memory.evidenceZone = health.boundaries.classify(Math.max(0, health.lastLevel));
        } else if (memory.active != null && memory.clearSince != null
                && Nanos.between(memory.clearSince, at) >= rule.clearNanos) {
            memory.active = null;
        }
    }

    private static Instant since(Instant runStart, Instant at) {
        return runStart == null ? at : runStart;
    }

    private static void activate(RuleMemory memory, Severity severity, Level level, Instant runStart, Signal signal,
                                 AssetMemory asset) {
        memory.active = severity;
        memory.evidenceValue = signal.value();
        memory.evidenceAt = signal.observedAt();
        memory.evidenceLevel = level;
        memory.evidenceHeldNanos = Nanos.between(runStart, signal.observedAt());
        memory.evidenceZone = signal.type() == SignalType.VIBRATION_VELOCITY
                ? asset.boundaries.classify(signal.value()) : null;
    }

    /** Compares a failure mode's rules with what was reported and adds the event that reconciles them, if any. */
    private List<ConditionEvent> settle(AssetMemory memory, int mode, Signal signal, List<ConditionEvent> events) {
        Severity strongest = null;
        int strongestRule = -1;
        for (int index : rulesByFailureMode[mode]) {
            Severity active = memory.rules[index].active;
            if (active != null && (strongest == null || active.isAbove(strongest))) {
                strongest = active;
                strongestRule = index;
            }
        }
        Severity reported = memory.reported[mode];
        Instant at = signal.observedAt();
        ConditionEvent event;
        if (strongest == null) {
            if (reported == null) {
                return events;
            }
            if (coolDownNanos > 0) {
                if (memory.clearingSince[mode] == null) {
                    memory.clearingSince[mode] = at;
                    return events;
                }
                if (Nanos.between(memory.clearingSince[mode], at) < coolDownNanos) {
                    return events;
                }
            }
            memory.clearingSince[mode] = null;
            event = new ConditionCleared(memory.asset.id(), failureModes[mode], at, ruleSet.version());
        } else {
            if (memory.clearingSince[mode] != null) {
                // raised again within the cool-down: the same episode goes on, the flap is only counted
                memory.clearingSince[mode] = null;
                memory.suppressedReopens[mode]++;
                log.debug("{} {}: re-raised within the cool-down, kept in the open condition", memory.asset.id(),
                        failureModes[mode]);
            }
            if (reported == null) {
                event = new ConditionRaised(memory.asset.id(), failureModes[mode], strongest,
                        evidence(memory, strongestRule), at, ruleSet.version());
            } else if (strongest.isAbove(reported)) {
                event = new ConditionEscalated(memory.asset.id(), failureModes[mode], reported, strongest,
                        evidence(memory, strongestRule), at, ruleSet.version());
            } else {
                return events; // never de-escalate: a weaker set of active rules keeps the reported severity
            }
        }
        memory.reported[mode] = strongest;
        log.debug("{}", event);
        List<ConditionEvent> result = events == null ? new ArrayList<>(2) : events;
        result.add(event);
        return result;
    }

    private Evidence evidence(AssetMemory asset, int ruleIndex) {
        CompiledRule rule = rules[ruleIndex];
        RuleMemory memory = asset.rules[ruleIndex];
        SignalType signal = rule.rule.signal();
        if (memory.health != null) {
            Health health = memory.health;
            return new Evidence(rule.rule.id(), signal, memory.evidenceValue, health.limitFor(memory.evidenceSeverity),
                    memory.evidenceZone.name(), memory.evidenceAt,
                    Summaries.monitor(health, SEVERITIES[memory.evidenceSeverity], rule.rule.failureMode(),
                            asset.notGoodBySignal[signal.ordinal()], memory.evidenceHeldNanos));
        }
        double limit = rule.limit(memory.evidenceLevel, asset.boundaries);
        String summary = rule.isZoneRule()
                ? Summaries.zone(signal, memory, rule, limit, asset.asset)
                : Summaries.threshold(signal, memory, rule, limit);
        String zone = rule.isZoneRule() ? memory.evidenceZone.name() : "";
        return new Evidence(rule.rule.id(), signal, memory.evidenceValue, limit, zone, memory.evidenceAt, summary);
    }

    int failureModeIndex(FailureMode failureMode) {
        for (int i = 0; i < failureModes.length; i++) {
            if (failureModes[i].equals(failureMode)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] toArray(List<Integer> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        int[] array = new int[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
