package org.millwright.detect;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, versioned set of detection rules, usually loaded by {@link RuleSetLoader}. Its version travels in
 * every condition event it produces.
 *
 * @param version the rule set's version, e.g. {@code 2026-11-25.1}
 * @param rules   the rules, ids unique, in file order
 * @param zones   the ISO 20816-3 zone table the zone rules use
 * @param maxGap  the longest time between two samples of a signal that still counts as continuous; after a longer
 *                gap every duration timer of that signal's rules starts again
 */
public record RuleSet(String version, List<Rule> rules, Iso20816Zones zones, Duration maxGap) {
    /** The default {@link #maxGap()}: 60 seconds. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofSeconds(60);

    /** @throws IllegalArgumentException on a blank version, duplicate rule ids or a maxGap that is not positive */
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
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("duplicate rule id: " + rule.id());
            }
        }
    }

    /** A rule set with the default zone table and {@link #DEFAULT_MAX_GAP}. */
    public static RuleSet of(String version, List<Rule> rules) {
        return new RuleSet(version, rules, Iso20816Zones.defaults(), DEFAULT_MAX_GAP);
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
