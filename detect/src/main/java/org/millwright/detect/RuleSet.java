package org.millwright.detect;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.millwright.model.Asset;

/**
 * An immutable, versioned set of detection rules, usually loaded by {@link RuleSetLoader}. Its version travels in
 * every condition event it produces.
 *
 * @param version the rule set's version, e.g. {@code 2026-11-25.1}
 * @param rules   the rules, ids unique, in file order
 * @param zones   the ISO 20816-3 zone table the zone rules use
 * @param maxGap  the longest time between two samples of a signal that still counts as continuous; after a longer
 *                gap every duration timer of that signal's rules starts again
 * @param coolDown how long a condition whose rules all cleared stays open before {@code ConditionCleared} is
 *                 reported; a rule that raises again within it re-joins the same episode (counted as a suppressed
 *                 re-open, i.e. flapping) instead of raising a new one. Zero reports the clear at once
 * @param parents  rule inheritance ({@code extends} in YAML): rule id → the id of the rule it specializes. An asset
 *                 gets a derived rule only if it also matches the rule's ancestors, and then not the ancestors: the
 *                 most specific matching rule of a family applies (e.g. asset class → site → asset)
 */
public record RuleSet(String version, List<Rule> rules, Iso20816Zones zones, Duration maxGap, Duration coolDown,
                      Map<String, String> parents) {
    /** The default {@link #maxGap()}: 60 seconds. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofSeconds(60);

    /** A rule set without cool-down. */
    public RuleSet(String version, List<Rule> rules, Iso20816Zones zones, Duration maxGap) {
        this(version, rules, zones, maxGap, Duration.ZERO, Map.of());
    }

    /** A rule set without rule inheritance. */
    public RuleSet(String version, List<Rule> rules, Iso20816Zones zones, Duration maxGap, Duration coolDown) {
        this(version, rules, zones, maxGap, coolDown, Map.of());
    }

    /**
     * @throws IllegalArgumentException on a blank version, duplicate rule ids, a maxGap that is not positive, a
     *                                  negative coolDown, or a parent that is not an earlier rule
     */
    public RuleSet {
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("rule set version must not be blank");
        }
        rules = List.copyOf(rules);
        Objects.requireNonNull(zones, "zones");
        Objects.requireNonNull(maxGap, "maxGap");
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive: " + maxGap);
        }
        Objects.requireNonNull(coolDown, "coolDown");
        if (coolDown.isNegative()) {
            throw new IllegalArgumentException("coolDown must not be negative: " + coolDown);
        }
        parents = Map.copyOf(Objects.requireNonNull(parents, "parents"));
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            String parent = parents.get(rule.id());
            if (parent != null && !ids.contains(parent)) {
                throw new IllegalArgumentException("rule " + rule.id() + " extends '" + parent
                        + "', which is not a rule before it");
            }
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("duplicate rule id: " + rule.id());
            }
        }
        for (String child : parents.keySet()) {
            if (!ids.contains(child)) {
                throw new IllegalArgumentException("inheritance names an unknown rule: " + child);
            }
        }
    }

    /** A rule set with the default zone table and {@link #DEFAULT_MAX_GAP}. */
    public static RuleSet of(String version, List<Rule> rules) {
        return new RuleSet(version, rules, Iso20816Zones.defaults(), DEFAULT_MAX_GAP);
    }

    /**
     * Whether {@code rule} applies to {@code asset}: it matches the asset along with its ancestors, and none of its
     * specializations does (the most specific matching rule of a family applies).
     */
    public boolean applies(Rule rule, Asset asset) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(asset, "asset");
        if (!matchesWithAncestors(rule.id(), asset)) {
            return false;
        }
        for (Map.Entry<String, String> link : parents.entrySet()) {
            if (link.getValue().equals(rule.id()) && matchesWithAncestors(link.getKey(), asset)) {
                return false; // a more specific rule of the family takes over
            }
        }
        return true;
    }

    /** The rules that apply to {@code asset} (see {@link #applies}), in file order. */
    public List<Rule> rulesFor(Asset asset) {
        return rules.stream().filter(rule -> applies(rule, asset)).toList();
    }

    private boolean matchesWithAncestors(String id, Asset asset) {
        for (String at = id; at != null; at = parents.get(at)) {
            if (!rule(at).orElseThrow().appliesTo().matches(asset)) {
                return false;
            }
        }
        return true;
    }

    /** The rule with this id. */
    public Optional<Rule> rule(String id) {
        for (Rule rule : rules) {
            if (rule.id().equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
